# type(name, bases, dict) creates classes dynamically; type(x) returns the class.
def hello(self):
    return "hello from " + type(self).__name__
Dyn = type("Dyn", (), {"x": 1, "hello": hello})
d = Dyn()
print(Dyn.__name__, Dyn.x, d.hello(), type(d) is Dyn)
Sub = type("Sub", (Dyn,), {"y": 2})
print(Sub().x, Sub().y, Sub().hello(), Sub.__bases__[0] is Dyn, Sub.__mro__[1].__name__)
print(type(Dyn).__name__, type(type).__name__, type(1), type("s"), type(None))
print(type(d).__name__, d.__class__ is Dyn)
print(type(int), type(object), isinstance(Dyn, type))
