# inf and nan: comparisons, membership, sorting, min/max, conversion to str.
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, str(-nan), repr(inf))
print(inf > 1e308, -inf < -1e308, max(1, inf), min(-inf, 5))
print(sorted([3.0, -inf, inf, 0.0]))
print(nan in [nan], [nan] == [nan], nan is nan)
x = nan
print(x == x, x != x, float("nan") == float("nan"))
print(inf * -1, 1 / -inf, inf - 1e308, inf + inf)
print(int(1e300) == 10 ** 300, hash(inf), hash(-inf))
