# int() conversion: strings with whitespace/underscores/signs, bases 2-36 and 0, floats, errors.
print(int("  42  "), int("\t-7\n"), int("1_234"), int("0b1_01", 0), int("Zz", 36), int("-0o17", 8), int(" +0x1F ", 16))
print(int(3.99), int(-3.99), int("0"), int("-0"), int("000123"), int("00", 0))
for s, base in [("1_", 10), ("1__2", 10), ("0x", 16), ("12", 3), ("", 10), ("0123", 0), ("١٢", 10)]:
    try:
        print(repr(s), int(s, base))
    except ValueError as e:
        print(e)
try:
    int("10", base=1)
except ValueError as e:
    print(e)
try:
    int(1.5, 10)
except TypeError as e:
    print(e)
