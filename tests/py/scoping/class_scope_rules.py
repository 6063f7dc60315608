# Class scopes are skipped by nested functions; methods see globals; a name assigned in a class body is
# looked up in the class namespace, then globals (not the enclosing function).
value = "global"
class C:
    value = "class"
    def method(self):
        return value
    def via_self(self):
        return self.value
    lam = lambda self: value
print(C().method(), C().via_self(), C().lam())
def factory():
    value = "enclosing"
    class D:
        value = "class D"
        def m(self):
            return value
    return D
print(factory()().m())
x = "module x"
def f():
    x = "fn local"
    class E:
        y = x
        x = "class x"
        z = x
    return E.y, E.z
print(f())
