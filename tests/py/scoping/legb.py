# LEGB name resolution: local, enclosing, global, builtin, and shadowing builtins.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing()
print(outer(), x)
def uses_builtin():
    return len("abc")
def shadows_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(uses_builtin(), shadows_builtin(), len("ab"))
len = lambda s: "global shadow"
print(len("x"), uses_builtin())
del len
print(len("restored"))
