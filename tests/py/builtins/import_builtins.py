# `import builtins` gives the module of the builtin names; setting a name on
# it is seen by lookups everywhere.
import builtins
print(builtins.__name__, builtins.len is len, builtins.print is print, type(builtins).__name__)
builtins.shout = lambda s: s.upper() + '!'
print(shout('hi'))
del builtins.shout
try:
    shout('x')
except NameError as e:
    print("NameError", e)
print(exec("x = __name__", g := {}) or g['x'])
