# math: sqrt, floor, ceil, trunc, fabs, copysign, gcd, factorial, exp, log, sin, cos.
import math
print(math.sqrt(16), math.sqrt(2), math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1))
print(type(math.floor(2.5)).__name__, math.floor(5), math.ceil(10 ** 20 + 0.0) == 10 ** 20)
print(math.trunc(2.9), math.trunc(-2.9), math.fabs(-3), math.copysign(3, -0.0), math.copysign(-2.5, 1))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(2 ** 100, 2 ** 60 * 3), math.gcd())
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.exp(0), math.exp(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(1))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12))
print(math.sin(1.0), math.cos(1.0), math.exp(2.5), math.log(10))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.log(-5)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
