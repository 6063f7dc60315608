# fractions.Fraction: construction (ints, floats, strings), arithmetic mixing types, comparisons, hashing, rounding, limit_denominator, errors.
from fractions import Fraction as F
import math
print(F(3, 4), repr(F(6, -8)), F(5), F(), F('3/4'), F(' -1.5e2 '), F('.5'), F('1_000/3'), F(1.5), F(0.1), F(F(1, 3)), F(F(1, 2), F(1, 3)))
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(F(7, 2), F(1, 3)), a ** 2, a ** -2, F(-2, 3) ** -3, F(4) ** F(1, 2), 2 ** F(3), 2 ** F(1, 2))
print(a + 1, 1 + a, a * 2, 2 / a, a + 0.5, 0.5 + a, a + 1j, a == F(2, 6), a == 1/3, F(1, 2) == 0.5, F(2) == 2, a < b, a > 0.3, a <= 1, sorted([F(1, 2), F(1, 3), 0.4, 1]))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)) == hash(F(2, 6)), hash(F(-1, 1)))
print(math.floor(F(7, 2)), math.ceil(F(7, 2)), math.trunc(F(-7, 2)), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1, 3), 2), round(F(12345), -2), float(F(1, 3)))
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(100), F(1, 3).limit_denominator(10), F(0.1).limit_denominator())
print(F(3, 4).as_integer_ratio(), F(3, 4).numerator, F(3, 4).denominator, bool(F(0)), abs(F(-1, 2)), -F(1, 2), +F(1, 2), F.from_float(0.25))
for bad in (lambda: F(1, 0), lambda: F('abc'), lambda: F('1/'), lambda: F([1]), lambda: F(1, 2.0), lambda: F(1) / 0, lambda: F(1, 3).limit_denominator(0), lambda: F(float('inf')), lambda: F(float('nan'))):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
import numbers
print(isinstance(F(1), numbers.Rational), isinstance(F(1), numbers.Real), sum([F(1, 2), F(1, 3), F(1, 6)]))
