# namedtuple fields are read by index (a fast getter), keep their docs, and
# work through subclasses.
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, [2])
print(p.x, p.y, P.x.__doc__, P.y.__doc__)
class Q(P):
    @property
    def total(self):
        return self.x + len(self.y)
print(Q(3, [1, 2]).total, Q(3, [1]).x, Q(3, [1]).y)
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
print(sum(P(i, i).x for i in range(100)))
