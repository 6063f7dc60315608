# The ** operator: ints, floats, negative exponents, zero, big results, errors.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 2)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1, type(2 ** -1).__name__)
print(4 ** 0.5, 8 ** (1 / 3), 2.0 ** 3, 1.5 ** 2)
print(3 ** 40)
print(pow(2, 10), pow(2, -1), pow(2.0, 3))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(1 ** 1000000, (-1) ** 1000001)
print(10 ** 20, 10.0 ** 20, 10 ** -20)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__)
