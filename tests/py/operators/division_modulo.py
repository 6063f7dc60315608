# True division, floor division and modulo with negative operands, ints and floats.
for a in [7, -7]:
    for b in [2, -2]:
        print(a, b, a / b, a // b, a % b, divmod(a, b))
for a in [7.5, -7.5]:
    for b in [2, -2.0]:
        print(a, b, a / b, a // b, a % b, divmod(a, b))
print(0 // 5, -0.0 // 1, 5 % 5, -5 % 5)
print(1 / 3, 2 / 3, 10 / 4, 1 / 1)
print(-1 // 3, 1 // -3, -1 % 3, 1 % -3)
print(6.0 % 4, -6.0 % 4, 6 % -4.0)
print(1e300 / 1e-300 if False else 1e300 * 10)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ["/", "//", "%"]:
        try:
            eval("a %s b" % op)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("divmod", e)
