# Singletons: None, NotImplemented, Ellipsis — repr, truthiness, identity, types.
print(None, repr(None), type(None).__name__, None is None, bool(None), None == 0)
print(NotImplemented, type(NotImplemented).__name__, Ellipsis, ..., ... is Ellipsis, type(...).__name__)
print(bool(...), str(Ellipsis))
def f():
    pass
print(f() is None, [None] * 2, {None: 1}[None])
print(type(None)() is None, type(...)() is ...)
