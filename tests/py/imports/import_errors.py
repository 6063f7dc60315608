# ModuleNotFoundError/ImportError messages and their name/path attributes
import os


def rel(path):
    return path.replace(os.getcwd() + os.sep, "")




def show(e):
    path = e.path if e.path is None else rel(e.path)
    print(type(e).__name__, "|", str(e).replace(os.getcwd(), "CWD"), "|", e.name, "|", path)


for stmt in ["import no_such_module", "import shapes.nothing", "from shapes import nothing",
             "import os.path.nope", "from _star_all import missing",
             "import shapes.base.deeper", "from . import x", "from .x import y"]:
    try:
        exec(stmt, {"__name__": "__main__"})
    except ImportError as e:
        print(stmt)
        show(e)

e = ImportError("custom", name="mod", path="/p/mod.py")
print(e, e.name, e.path, e.args)
e = ImportError("plain")
print(e.name, e.path)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    ImportError("x", bad=1)
except TypeError as e:
    print(e)
