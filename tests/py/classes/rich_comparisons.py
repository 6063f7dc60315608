# Rich comparison dunders, reflection (a < b tries b > a), and default equality by identity.
class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, N) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __repr__(self): return f"N({self.v})"
a, b = N(1), N(2)
print(a == N(1), a != N(1), a < b, a <= b, a > b, a >= b, b > a)
print(sorted([N(3), N(1), N(2)]), max(N(5), N(9)), min([N(4), N(0)]))
class Plain: pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q)
try:
    p < q
except TypeError as e:
    print(e)
class Logged:
    def __init__(self, name): self.name = name
    def __lt__(self, o):
        print(self.name, "__lt__", o.name)
        return NotImplemented
    def __gt__(self, o):
        print(self.name, "__gt__", o.name)
        return NotImplemented
try:
    Logged("x") < Logged("y")
except TypeError as e:
    print(e)
class AlwaysEq:
    def __eq__(self, o): return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), [AlwaysEq()] == [1], AlwaysEq() in [1, 2])
print(N(1) != N(2))
class Weird:
    def __eq__(self, o): return "yes"
print(Weird() == 1, Weird() != 1)
