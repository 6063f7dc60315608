# Enum auto() after non-numeric values, a custom _generate_next_value_, and an enum extending a member-less base with methods.
from enum import Enum, auto
class Mixed(Enum):
    A = 'x'
    B = auto()
    C = 5
    D = auto()
print(list(Mixed))
class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    NORTH = auto()
    SOUTH = auto()
print(list(Named), Named('northnorth'))
class Base(Enum):
    def describe(self):
        return f'{self.name}={self.value}'
class Sub(Base):
    X = 1
print(Sub.X.describe(), list(Sub))
