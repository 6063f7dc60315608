# pow() with two and three arguments, negative and fractional exponents.
print(pow(2, 8), pow(2, -3), pow(-2, 3), pow(4, 0.5), pow(2.0, 2), pow(10, 0))
print(pow(7, 128, 13), pow(-7, 3, 5), pow(7, -1, 13), pow(2, 10 ** 6, 10 ** 9))
print(pow(base=2, exp=5), pow(3, 2, mod=5))
try:
    pow(2, 0.5, 3)
except TypeError as e:
    print(e)
try:
    pow(0, -2)
except ZeroDivisionError as e:
    print(e)
print(pow(-8, 1 / 3) == (-8) ** (1 / 3))
