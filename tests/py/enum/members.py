# Enum members: auto values, methods and properties, __init__ with tuple values, _missing_, aliases.
from enum import Enum, auto, unique
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.surface_gravity, Planet((3.303e+23, 2.4397e6)))
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    ROUND = 2
    def describe(self):
        return f"{self.name} is {self.value}"
    @classmethod
    def default(cls):
        return cls.SQUARE
print(list(Shape), Shape.ROUND, Shape.CIRCLE.describe(), Shape.default(), Shape.ROUND is Shape.CIRCLE)
print([m for m in Shape.__members__], len(Shape), Shape.SQUARE in Shape)
class Lenient(Enum):
    A = 'a'
    B = 'b'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Lenient('A'), Lenient('b'))
try:
    Lenient(3)
except ValueError as e:
    print("ValueError", e)
class Ordered(Enum):
    LOW = 1
    HIGH = 3
    def __lt__(self, other):
        return self.value < other.value
print(sorted([Ordered.HIGH, Ordered.LOW]), max(Ordered, key=lambda m: m.value))
d = {Shape.SQUARE: 'sq'}
print(d[Shape.SQUARE], Shape.SQUARE == Shape.SQUARE, Shape.SQUARE != Shape.CIRCLE, Shape.SQUARE == 1)
class WithIgnore(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    X = 1
print(list(WithIgnore), hasattr(WithIgnore, 'tmp'))
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)
print(type(Shape.SQUARE).__name__, isinstance(Shape.SQUARE, Shape), isinstance(Shape.SQUARE, Enum), Shape.SQUARE.__class__ is Shape)
print(list(reversed(Shape)), Shape['CIRCLE'], getattr(Shape, 'SQUARE'))
class Color(str, Enum):
    RED = 'r'
print(Color.RED == 'r', Color.RED.upper(), repr(Color.RED), str(Color.RED))
