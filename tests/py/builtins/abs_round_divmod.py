# abs(), round() (banker's rounding, ndigits on ints) and divmod() across numeric types.
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(-(2 ** 80)), abs(False))
print(round(0.5), round(1.5), round(2.5), round(-2.5), round(3.14159, 2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(5), round(5, 1), round(-15, -1), round(25, -1), type(round(5.5)).__name__, type(round(5, 2)).__name__)
print(round(2.5, 0), round(-0.4), round(0.4999999999999999), round(1e15 + 0.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(2 ** 70, 7))
class R:
    def __round__(self, n=None): return f"rounded {n}"
    def __abs__(self): return "absolute"
print(round(R()), round(R(), 3), abs(R()))
try:
    divmod(1, 0.0)
except ZeroDivisionError as e:
    print(e)
