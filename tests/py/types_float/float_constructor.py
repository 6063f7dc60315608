# float(): from ints, strings (whitespace, underscores, inf/nan spellings, exponents) and errors.
print(float(), float(3), float(-7), float(True), float(2 ** 70))
for s in ["1.5", "  -2.25 ", "1e3", "1E-3", ".5", "5.", "+1.0", "1_000.5", "inf", "-inf", "Infinity",
          "-iNF", "nan", "NaN", "-nan", "0x10" if False else "10", "1e500", "-1e500", "1e-500", "  7\n"]:
    print(repr(s), float(s))
for bad in ["", "abc", "1.2.3", "1e", "e5", "1_", "0x10", "inf inity", "- 1"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
try:
    float(None)
except TypeError as e:
    print(e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(e)
class F:
    def __float__(self): return 2.5
print(float(F()))
