# The format-spec mini-language for str and numbers: fill, align, sign, width, grouping, precision, types.
print(format("abc", "<8") + "|", format("abc", ">8") + "|", format("abc", "^8") + "|", format("abc", "*^9"))
print(format("abcdef", ".3"), format("abcdef", "8.2") + "|", format("x", "s"))
print(format(1234567.891, ",.2f"), format(1234567, "_d"), format(0xDEADBEEF, "_x"), format(1234567, ","))
print(format(-3, "=8"), format(-3, "08"), format(3, "+08"), format(3, " "), format(-3.5, "=+10.2f"))
print(format(0.1234, ".2%"), format(12, "%"), format(1/3, ".3"), format(10.0, ".3"), format(1e10, ".3"))
print(format(255, "#010x"), format(5, "#b"), format(65, "c"), format(255, "o"))
print(format(3.0, ""), format(3.0, "g"), format(3.0, ".0f"), format(2.5, ".0f"), format(1e-5, ".2e"))
print(format(1234.5, ">+12,.1f"), format(-0.0, "+"), format(0.0, "+"))
print(f"{'left':<{10}}|{'right':>{10}}|")
for bad in [("abc", "d"), (1.5, "d"), ("x", "+"), ("x", "="), (1, ",s"), (5, "q")]:
    try:
        format(*bad)
    except ValueError as e:
        print(e)
