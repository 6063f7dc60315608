# In-place dunders (__iadd__ etc.) and fallback to the binary operator when absent.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __isub__(self, other):
        self.items.remove(other)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
a = Acc()
alias = a
a += 1
a += 2
a -= 1
a *= 2
print(a.items, a is alias)
class NoInplace:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return NoInplace(self.v + other)
n = NoInplace(1)
old = n
n += 5
print(n.v, old.v, n is old)
class All:
    def __init__(self): self.log = []
    def _rec(name):
        def f(self, other):
            self.log.append(name)
            return self
        return f
    for op in ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow",
               "imatmul", "ilshift", "irshift", "iand", "ior", "ixor"]:
        locals()["__%s__" % op] = _rec(op)
x = All()
x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1; x @= 1
x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1
print(x.log)
class ReturnsOther:
    def __iadd__(self, other):
        return "replaced"
r = ReturnsOther()
r += 1
print(r)
