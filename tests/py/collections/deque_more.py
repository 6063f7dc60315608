# deque details: subclasses overriding methods, index type errors, rotate/insert edge cases, reversed mutation, copies.
from collections import deque
import copy
class Logged(deque):
    def append(self, x):
        print("append", x)
        super().append(x)
l = Logged([1])
l.append(2); l.extend([3])
print(l, type(l).__name__, isinstance(l, deque), len(l))
d = deque('abcde')
for bad in (lambda: d['x'], lambda: d[1:2], lambda: d.rotate('x'), lambda: deque([1], maxlen=1).insert(0, 2), lambda: d.__setitem__(10, 1), lambda: d.__delitem__(-9)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
d.rotate(7); print(d)
d.rotate(-12); print(d)
d.insert(-100, 'first'); d.insert(100, 'last'); print(d)
del d[-1]; d[0] = 'F'; print(d, d[-2])
try:
    for x in reversed(d):
        d.appendleft(x)
except RuntimeError as e:
    print("RuntimeError", e)
e = deque([[1], [2]], maxlen=3)
c = copy.copy(e); dc = copy.deepcopy(e)
print(c[0] is e[0], dc[0] is e[0], dc == e, dc.maxlen)
print(deque([1, 2]) * 3, 2 * deque([1]), deque([1, 2], maxlen=3) * 2)
m = deque(range(3)); m *= 2; print(m)
m += 'ab'; print(m)
print(deque(range(5), 2), deque(maxlen=2).maxlen, list(reversed(deque(range(4)))))
z = deque([1, 2, 3])
z.extend(z); print(z)
z.extendleft(z); print(z)
print(bool(deque()), deque() == deque(), deque([1]) != deque([2]), deque([1, 2]) >= deque([1]))
it = iter(deque([1, 2])); print(next(it), next(it), iter(it) is it)
print(deque(x * x for x in range(4)), deque([3, 1]).count(1), deque([3, 1]).index(1))
