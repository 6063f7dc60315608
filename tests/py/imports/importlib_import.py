# importlib.import_module (absolute, relative with package=), __import__ with and without fromlist
import importlib

m = importlib.import_module("shapes.geo.square")
print(m.__name__, m.side())
print(importlib.import_module(".square", package="shapes.geo").__name__)
print(importlib.import_module("..base", package="shapes.geo").__name__)
print(importlib.import_module("shapes").__name__)
try:
    importlib.import_module(".square")
except TypeError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module("no_such_thing_here")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
top = __import__("shapes.geo.square")
print(top.__name__)
leafmod = __import__("shapes.geo.square", fromlist=["side"])
print(leafmod.__name__)
print(__import__("math").floor(2.5))
importlib.invalidate_caches()
