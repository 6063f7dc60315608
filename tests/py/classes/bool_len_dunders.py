# Truthiness via __bool__ and __len__, and errors for bad return types.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Neither: pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Neither()), len(L(7)))
print("yes" if L(1) else "no", not L(0))
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Both()))
try:
    bool(B(1))
except TypeError as e:
    print(e)
try:
    len(L(-1))
except ValueError as e:
    print(e)
try:
    len(L("x"))
except TypeError as e:
    print(e)
try:
    len(Neither())
except TypeError as e:
    print(e)
