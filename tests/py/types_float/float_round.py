# round() on floats: banker's rounding, ndigits (positive, zero, negative), representation effects.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 123.456, -123.456]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(1234.5678, -2), round(5e15 + 0.5), round(1e300, -299))
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
try:
    round(float("nan"))
except ValueError as e:
    print(e)
print(round(float("inf"), 2), round(float("nan"), 1))
