# __class__, __name__, __qualname__, __module__ and the repr of classes.
class Outer:
    class Inner:
        pass
    def method(self):
        return __class__
print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner, Outer)
o = Outer()
print(o.__class__.__name__, o.method() is Outer)
print(Outer.__module__, int.__module__ if hasattr(int, "__module__") else "builtins")
def factory():
    class Local:
        pass
    return Local
print(factory().__qualname__, factory())
print(repr(int), repr(str), repr(type), repr(object), repr(ValueError))
