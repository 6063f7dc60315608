# copy.copy/deepcopy: builtins, instances, slots, cycles and shared refs, __copy__/__deepcopy__/__reduce__, collections types.
import copy
class P:
    def __init__(self, x, items): self.x = x; self.items = items
p = P(1, [1, [2]])
c = copy.copy(p); d = copy.deepcopy(p)
print(c.items is p.items, d.items is p.items, d.items[1] is p.items[1], d.items == p.items, c.x)
l = [1, [2, 3], {'a': [4]}]
l2 = copy.deepcopy(l); l2[1].append(9); l2[2]['a'].append(5)
print(l, l2, copy.copy(l) is l, copy.copy(l)[1] is l[1])
cyc = [1]; cyc.append(cyc)
cc = copy.deepcopy(cyc); print(cc[1] is cc, cc[1] is cyc)
t = (1, 2, (3,)); print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2]); dt = copy.deepcopy(t2); print(dt == t2, dt is t2, dt[1] is t2[1])
class C:
    def __init__(self): self.log = []
    def __copy__(self): print('custom copy'); return C()
    def __deepcopy__(self, memo): print('custom deepcopy', type(memo).__name__); return C()
copy.copy(C()); copy.deepcopy(C())
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = [1]
s2 = copy.deepcopy(s); print(s2.a, s2.a is s.a, hasattr(s2, 'b'))
from collections import namedtuple, defaultdict, Counter, OrderedDict, deque
Pt = namedtuple('Pt', 'x y')
print(copy.copy(Pt(1, 2)), copy.deepcopy(Pt([1], 2)))
dd = defaultdict(list, a=[1]); dd2 = copy.deepcopy(dd); dd2['a'].append(2); dd2['b']
print(dd, dd2)
print(copy.copy(Counter('aab')), copy.deepcopy(OrderedDict(a=[1])), copy.deepcopy(deque([[1], 2], maxlen=5)))
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 2,))
print(copy.copy(R(2)).v, copy.deepcopy(R(3)).v)
print(copy.copy(len) is len, copy.deepcopy(P) is P, copy.copy({1, 2}), copy.deepcopy({'k': {1}}))
shared = [1]; holder = [shared, shared]; h2 = copy.deepcopy(holder); print(h2[0] is h2[1])
class IntSub(int): pass
i = IntSub(5); i.tag = 'x'; i2 = copy.copy(i); print(i2, type(i2).__name__, i2.tag)
