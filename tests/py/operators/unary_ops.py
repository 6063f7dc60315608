# Unary minus, plus and invert on ints, floats, bools, and errors on other types.
print(-5, +5, -(-5), -0, -0.0, +(-0.0), -True, +True, ~0, ~-1)
print(-(2 ** 70), ~(2 ** 70))
for v in ["s", [1], None]:
    for name, f in [("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x)]:
        try:
            f(v)
        except TypeError as e:
            print(name, type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
