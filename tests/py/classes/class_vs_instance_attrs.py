# Class attributes vs instance __dict__: shadowing, shared mutable class attributes.
class A:
    x = 1
    shared = []
    def __init__(self):
        self.y = 2
a, b = A(), A()
print(a.__dict__, A.x, a.x)
a.x = 100
print(a.x, b.x, A.x, a.__dict__)
A.x = 5
print(a.x, b.x)
del a.x
print(a.x)
a.shared.append(1)
print(b.shared, A.shared)
a.__dict__["z"] = 3
print(a.z, sorted(a.__dict__))
print("x" in A.__dict__, "y" in A.__dict__)
try:
    del a.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    A.missing
except AttributeError as e:
    print(type(e).__name__, e)
