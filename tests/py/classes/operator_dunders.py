# Every binary arithmetic dunder, its reflected form, and NotImplemented fallback.
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V({self.v!r})"
names = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul",
         "lshift", "rshift", "and", "or", "xor", "divmod"]
def make(name):
    def fwd(self, other):
        return f"{name}({self.v}, {other})"
    def rev(self, other):
        return f"r{name}({self.v}, {other})"
    return fwd, rev
for n in names:
    fwd, rev = make(n)
    setattr(V, f"__{n}__", fwd)
    setattr(V, f"__r{n}__", rev)
a = V(1)
print(a + 2, a - 2, a * 2, a / 2, a // 2, a % 2, a ** 2, a @ 2)
print(a << 2, a >> 2, a & 2, a | 2, a ^ 2, divmod(a, 2), pow(a, 2))
print(2 + a, 2 - a, 2 * a, 2 / a, 2 // a, 2 % a, 2 ** a, 2 @ a)
print(2 << a, 2 >> a, 2 & a, 2 | a, 2 ^ a, divmod(2, a))
class OnlyAdd:
    def __add__(self, other):
        if isinstance(other, int):
            return "OnlyAdd+int"
        return NotImplemented
class RAdd:
    def __radd__(self, other):
        return "RAdd.__radd__"
print(OnlyAdd() + 1, OnlyAdd() + RAdd())
try:
    OnlyAdd() + "s"
except TypeError as e:
    print(e)
try:
    1 - OnlyAdd()
except TypeError as e:
    print(e)
