# pow, atan2, fmod, remainder, copysign, hypot (n-ary), dist, ldexp/frexp, modf, nextafter, ulp, isclose, log with base.
import math
pairs = [(2.0, 3.0), (-2.0, 3.0), (-2.0, 0.5), (0.0, -1.0), (0.0, 0.0), (1.0, float('nan')), (float('nan'), 0.0),
         (float('inf'), -1.0), (10.0, 400.0), (2.5, -3.7), (-0.0, 3.0), (7.0, 2.0), (-7.5, 2.0), (5.0, float('inf'))]
for name in ['pow', 'atan2', 'fmod', 'remainder', 'copysign', 'nextafter']:
    out = []
    for x, y in pairs:
        try:
            out.append(repr(getattr(math, name)(x, y)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1, 1), math.hypot(1e200, 1e200), math.hypot(1e-200, 3e-200))
print(math.hypot(1, 2, 3, 4, 5), math.hypot(0.1, 0.2, 0.3), math.hypot(-5, 12), math.hypot(float('inf'), float('nan')), math.hypot(5e-324, 5e-324))
print(math.dist((0, 0), (3, 4)), math.dist([1.5, 2.5, 3.5], [0.1, -0.2, 9.9]), math.dist((1,), (7,)))
for x in [0.0, 1.0, 0.1, -3.75, 1e300, 5e-324, 1024.0]:
    print(x, math.frexp(x), math.modf(x), math.ulp(x), math.ldexp(*math.frexp(x)))
print(math.modf(float('inf')), math.modf(-float('inf')), math.modf(-2.5), math.ulp(float('inf')), math.ulp(1.7976931348623157e308))
print(math.ldexp(1.0, 1024 - 1), math.ldexp(1.0, -1074), math.ldexp(1.0, -1080), math.ldexp(3, 2))
print(math.log(8, 2), math.log(100, 10), math.log(2**1000), math.log(10**400, 10), math.log2(2**2000), math.log10(10**500), math.log(1e-300))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(1, 1.05, rel_tol=0.1))
print(math.isclose(float('inf'), float('inf')), math.isclose(float('nan'), float('nan')))
for bad in [lambda: math.ldexp(1.0, 1024), lambda: math.log(0), lambda: math.log(-1), lambda: math.log(2, 1), lambda: math.isclose(1, 2, rel_tol=-1),
            lambda: math.dist((1, 2), (1,)), lambda: math.pow(0.0, -2.0), lambda: math.exp(1000), lambda: math.sqrt('x'), lambda: math.sqrt(-1),
            lambda: math.fmod(1.0, 0.0), lambda: math.remainder(float('inf'), 2.0), lambda: math.sqrt(10**400), lambda: math.log(0.0)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ':', e)
print(math.ldexp(1e-310, -10), math.ldexp(3.0, -1075), math.ldexp(0.7, -1074), math.ldexp(-1.5, 1023), math.ldexp(5e-324, 2000), math.ldexp(1.0, -10**20))
