# float() and bool() conversions from many types.
print(float("3.5"), float(" -1e3 "), float(7), float("inf"), float("-Infinity"), float("nan"), float(True))
print(bool(), bool(0), bool(0.0), bool(""), bool("False"), bool([]), bool([[]]), bool(range(0)), bool(object()))
try:
    float("1,5")
except ValueError as e:
    print(e)
try:
    float([])
except TypeError as e:
    print(e)
print(bool.__name__, bool(1) is True, bool(0) is False)
