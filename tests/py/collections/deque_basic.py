# deque: both ends, maxlen, rotate, indexing, repr and the errors CPython raises.
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([9, 8])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.reverse(); print(d)
print(d.count(2), d.index(5), 5 in d, 42 in d)
d.remove(5); print(d)
d.insert(1, 'x'); print(d)
d[0] = 'first'; del d[1]; print(d, list(reversed(d)))
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10); print(m)
m.appendleft(-1); print(m)
m.extend('ab'); print(m)
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: m.insert(0, 1), lambda: deque([1]).remove(2), lambda: deque([1]).index(7),
            lambda: deque(maxlen=-1), lambda: deque([1], maxlen='a')):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
e = deque()
while len(e) < 5:
    e.appendleft(len(e))
print(e, bool(e), bool(deque()))
print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque([1]) == [1])
print(deque([1, 2]) + deque([3]), deque('ab') * 2)
c = d.copy(); c.clear(); print(c, d)
z = deque([1, 2, 3])
try:
    for x in z:
        z.append(x)
except RuntimeError as err:
    print("RuntimeError", err)
q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print(len(q), q[0], q[-1], sum(q))
print(deque(maxlen=0), deque([[1]]))
