# Conversions between float and int: truncation, large values, exactness of comparisons.
print(int(2.9), int(-2.9), int(1e18), int(1.5e19), int(-1e25))
print(float(2 ** 53), float(2 ** 53 + 1), float(10 ** 25))
print(2 ** 53 == float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 16 == 1e16)
print(1 / 2, 4 / 2, type(4 / 2).__name__, 2 ** 1000 / 2 ** 999)
try:
    2 ** 2000 / 1
except OverflowError as e:
    print(e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
print(10 ** 400 > 1e308, 10 ** 400 == float("inf"), 10 ** 400 < float("inf"))
print(0.5 == 1 / 2, 3 * 0.1 == 0.3, round(3 * 0.1, 10) == 0.3)
