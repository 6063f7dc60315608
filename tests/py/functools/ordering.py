# total_ordering fills in comparisons; cmp_to_key adapts cmp functions; singledispatch.
from functools import total_ordering, cmp_to_key, singledispatch
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, a >= V(1), b > a)
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(G(1) < G(2), G(3) <= G(3), G(2) > G(1))
try:
    @total_ordering
    class N:
        pass
except ValueError as e:
    print("ValueError", e)
def cmp(x, y):
    return (x > y) - (x < y)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted("bca", key=cmp_to_key(lambda x, y: cmp(y, x))))
k = cmp_to_key(cmp)
print(k(1) < k(2), k(1) == k(1))
@singledispatch
def show(x):
    return "object"
@show.register(int)
def _(x):
    return "int"
@show.register
def _(x: list):
    return "list"
print(show(1), show([1]), show("s"), show(True))
