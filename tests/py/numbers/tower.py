# numbers: the tower of ABCs and the builtin types' places in it.
import numbers
from numbers import Number, Complex, Real, Rational, Integral
for v in (1, True, 1.5, 2j, 'x', None):
    print(type(v).__name__, [isinstance(v, c) for c in (Number, Complex, Real, Rational, Integral)])
print(issubclass(int, Real), issubclass(float, Integral), issubclass(complex, Real))
class MyInt(int): pass
print(isinstance(MyInt(3), Integral), issubclass(MyInt, Number))
try:
    Integral()
except TypeError as e:
    print("TypeError", str(e)[:52])
