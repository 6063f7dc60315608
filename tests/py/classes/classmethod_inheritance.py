# Class attributes and classmethods under inheritance: counters per class via cls, and __class__ assignment.
class Shape:
    count = 0
    def __init__(self):
        type(self).count += 1
    @classmethod
    def describe(cls):
        return f"{cls.__name__}: {cls.count}"
class Square(Shape): pass
class Circle(Shape): pass
Square(); Square(); Circle(); Shape()
print(Shape.describe(), Square.describe(), Circle.describe())
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
obj = A()
obj.__class__ = B
print(obj.who(), type(obj).__name__, isinstance(obj, B))
