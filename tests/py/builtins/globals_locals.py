# globals() and locals(): module-level identity, reading and writing globals, function locals snapshot.
g = globals()
print(g is globals(), "g" in g, g["__name__"])
g["created"] = "via globals"
print(created)
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1))
def g2():
    x = 1
    locals()["x"] = 99
    return x
print(g2())
print(locals() is globals())
class C:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
