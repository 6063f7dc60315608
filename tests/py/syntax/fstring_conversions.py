# f-string conversions !r !s !a and their interaction with format specs.
s = "héllo\n"
print(f"{s!r}")
print(f"{s!s}")
print(f"{s!a}")
print(f"{'x'!r:>8}|")
print(f"{42!s:>5}|")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
p = P()
print(f"{p} {p!r} {p!s} {p!a}")
print(f"{[1, 'a']!s}")
