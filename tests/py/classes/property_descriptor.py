# property with getter, setter and deleter; read-only properties; property as decorator.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """Temperature in C."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError", e)
del t.celsius
print(t.celsius)
print(type(Temp.celsius).__name__, Temp.celsius.__doc__)
class Old:
    def getx(self): return "x"
    x = property(getx, doc="old style")
print(Old().x, Old.x.__doc__)
try:
    del Old().x
except AttributeError as e:
    print("AttributeError", e)
