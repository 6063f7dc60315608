# A subclass's reflected method is tried before the base's forward method.
class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
class Sub(Base):
    def __add__(self, other):
        return "Sub.__add__"
    def __radd__(self, other):
        return "Sub.__radd__"
print(Base() + Sub())
print(Sub() + Base())
print(Base() + Base())
class MyInt(int):
    def __radd__(self, other):
        return "MyInt.__radd__"
    def __add__(self, other):
        return "MyInt.__add__"
print(1 + MyInt(2), MyInt(2) + 1)
class Same:
    def __radd__(self, other):
        return "never"
try:
    Same() + Same()
except TypeError as e:
    print(e)
