# isqrt, comb, perm, factorial (big), gcd/lcm with many args, prod, fsum exactness, floor/ceil/trunc with dunders.
import math
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 10**20, 10**50 + 12345]])
print(math.comb(10, 3), math.comb(5, 0), math.comb(5, 7), math.comb(100, 50), math.comb(1000, 3))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5), math.perm(30, 10))
print(math.factorial(0), math.factorial(20), math.factorial(25), len(str(math.factorial(1000))), math.factorial(100) % 10**30)
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18, 30), math.gcd(0, 0), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod([1.5, 2]), math.prod(range(1, 21)), math.prod([2, 3], start=10), math.prod(['a'], start=3))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([1, 2, 3]))
print(math.fsum([0.1, 0.2, 0.3, -0.6]), math.fsum([2.0**53, 1.0, 1.0]), math.fsum(x / 7 for x in range(100)))
print(math.fsum([float('inf'), 1.0]), math.fsum([float('nan'), 1.0]))
class F:
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __trunc__(self): return 'trunc'
    def __float__(self): return 2.5
print(math.floor(F()), math.ceil(F()), math.trunc(F()), math.sqrt(F()))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(True), math.floor(10**30), math.ceil(1e20), type(math.floor(2.0)))
class I:
    def __index__(self): return 6
print(math.factorial(I()), math.gcd(I(), 4), math.isqrt(I()), math.sqrt(I()))
for bad in [lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.perm(5, -1), lambda: math.factorial(-1), lambda: math.factorial(5.0),
            lambda: math.gcd(1.5), lambda: math.fsum([float('inf'), float('-inf')]), lambda: math.fsum([1e308] * 2), lambda: math.trunc('x'),
            lambda: math.floor('x'), lambda: math.floor(float('inf')), lambda: math.floor(float('nan'))]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
