# int(): from strings with bases, whitespace, underscores, signs, prefixes; from floats; errors.
print(int(), int(5), int(-5.9), int(5.9), int(True), int("42"), int("  -17\n"), int("+3"))
print(int("1_000"), int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0))
print(int("0b101", 0), int("101", 2), int("z", 36), int("Z", 36), int("10", 8), int("-0x10", 16))
print(int("0", 0), int("00", 0), int(" 1_2 "), int("٣"), int(b"12"), int(bytearray(b"7")))
print(int(1e20), int(-0.0), int("123456789" * 3))
for bad in ["", " ", "1.5", "1__0", "_1", "1_", "0x", "abc", "12a", "1 2", "--1"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
for s, base in [("12", 1), ("12", 37), ("08", 0), ("g", 16), ("0b2", 0)]:
    try:
        int(s, base)
    except ValueError as e:
        print(e)
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
class HasInt:
    def __int__(self): return 7
class HasIndex:
    def __index__(self): return 8
print(int(HasInt()), int(HasIndex()))
