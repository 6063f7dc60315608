# Less common dunders: __index__ for slicing/bin, __int__/__float__/__complex__, __neg__/__invert__, __round__, __reversed__.
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1 + 2j
    def __neg__(self): return "negated"
    def __invert__(self): return "inverted"
    def __pos__(self): return "positive"
    def __abs__(self): return "absolute"
data = list(range(10))
print(data[Idx(2):Idx(5)], data[Idx(-1)], bin(Idx(5)), hex(Idx(255)), "ab" * Idx(2), range(Idx(3)))
n = Num()
print(int(n), float(n), complex(n), -n, ~n, +n, abs(n))
class Len:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
print(list(reversed(Len())), list(Len()), 2 in Len())
