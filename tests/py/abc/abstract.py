# abc: abstract methods block instantiation; register() and __subclasshook__ drive isinstance.
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Half(Shape):
    def area(self): return 1
class Square(Half):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized), issubclass(int, Sized))
class Drawable(ABC):
    pass
class Thing:
    pass
print(issubclass(Thing, Drawable), isinstance(Thing(), Drawable))
Drawable.register(Thing)
print(issubclass(Thing, Drawable), isinstance(Thing(), Drawable))
print(Drawable.register(int) is int, isinstance(5, Drawable), isinstance('s', Drawable))
class Sub(Thing): pass
print(issubclass(Sub, Drawable), type(Shape).__name__, isinstance(Shape, ABCMeta))
class Meta2(ABCMeta): pass
class K(metaclass=Meta2):
    @abstractmethod
    def go(self): ...
try:
    K()
except TypeError as e:
    print("TypeError", e)
