# Methods inherited from object: __eq__/__ne__ defaults, __init__ argument checks, __dict__.
class A: pass
a = A()
print(a == a, a != a, a.__eq__(a), a.__eq__(1), a.__ne__(a))
try:
    A(1)
except TypeError as e:
    print(e)
class B:
    def __init__(self):
        pass
try:
    B(1)
except TypeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
print(a.__dict__, type(a.__dict__).__name__)
print(isinstance(a, object), issubclass(A, object), A.__bases__)
print(object.__name__, object.__bases__)
