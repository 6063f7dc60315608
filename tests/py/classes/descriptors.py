# User descriptors: data descriptors (__get__/__set__) beat instance dicts; non-data do not.
class Typed:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class P:
    age = Typed("age", int)
    nd = NonData()
p = P()
print(p.age)
p.age = 30
print(p.age, p.__dict__)
try:
    p.age = "old"
except TypeError as e:
    print(e)
print(type(P.age).__name__)
print(p.nd)
p.__dict__["nd"] = "instance wins"
print(p.nd)
class Logged:
    def __set_name__(self, owner, name):
        self.public = name
    def __get__(self, obj, objtype=None):
        return f"{objtype.__name__}.{self.public}"
class Q:
    thing = Logged()
print(Q().thing, Q.thing)
class Ro:
    def __get__(self, obj, t=None): return 1
    def __set__(self, obj, v): raise AttributeError("read-only")
class R:
    x = Ro()
r = R()
try:
    r.x = 5
except AttributeError as e:
    print(e)
print(r.x)
