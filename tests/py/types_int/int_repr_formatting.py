# str/repr and formatting of ints: hex/oct/bin, format specs, big numbers.
for n in [0, 7, -7, 255, -255, 2 ** 64, -(2 ** 70)]:
    print(str(n), repr(n), hex(n), oct(n), bin(n))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "#o"), format(255, "#b"))
print(format(1234567, ","), format(1234567, "_"), format(1234567, "_x"), format(-1234567, ",d"))
print(format(42, "08d"), format(-42, "08d"), format(42, "+d"), format(42, " d"), format(42, "<6d") + "|")
print(format(42, "^7"), format(42, "*>6"), format(42, "=+6"), format(42, "c"), format(42, "e"), format(42, "f"))
print(format(42, "%"), format(42, ".2f"), format(42, "g"), format(10 ** 20, "g"), format(42, "n"))
print(f"{2**100:,}")
try:
    format(42, "s")
except ValueError as e:
    print(e)
try:
    format(42, ".2d")
except ValueError as e:
    print(e)
