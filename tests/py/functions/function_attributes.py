# Function objects: __name__, __qualname__, __doc__, __module__, custom attributes, defaults.
def documented(a, b=1):
    """Docstring here."""
    return a
print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__module__)
def undocumented(): pass
print(undocumented.__doc__)
documented.custom = "attr"
print(documented.custom)
class K:
    def meth(self): pass
    class Inner:
        def deep(self): pass
print(K.meth.__qualname__, K.Inner.deep.__qualname__, K.Inner.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer().__name__)
print((lambda: 0).__qualname__)
f = documented
f.__name__ = "renamed"
print(documented.__name__)
print(callable(f), type(f).__name__)
