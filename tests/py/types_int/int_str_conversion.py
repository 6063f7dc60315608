# Conversions between ints and strings in several bases, round trips.
for n in [0, 1, -1, 12345, -98765, 2 ** 80]:
    for base, fn in [(16, hex), (8, oct), (2, bin)]:
        s = fn(n)
        assert int(s, 0) == n
        assert int(s, base) == n
    print(n, str(n), int(str(n)) == n)
print(str(10 ** 50))
print(int("1" * 60) % 97)
digits = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return "".join(reversed(out))
for b in [3, 7, 36]:
    s = to_base(10 ** 12, b)
    print(b, s, int(s, b))
