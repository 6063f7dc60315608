# heapq: push/pop order, heapify, replace/pushpop, merge, nlargest/nsmallest, errors.
import heapq
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 5), data, heapq.heappushpop(data, 0), heapq.heappushpop(data, 10), data)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3])), list(heapq.merge([3, 1], [2], reverse=True)))
print(list(heapq.merge(['a', 'ccc'], ['bb'], key=len)))
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, [4, 1, 7, 3, 9]), heapq.nlargest(2, ['a', 'bbb', 'cc'], key=len))
tasks = []
heapq.heappush(tasks, (2, 'write')); heapq.heappush(tasks, (1, 'read')); heapq.heappush(tasks, (3, 'exec'))
print([heapq.heappop(tasks)[1] for _ in range(3)])
for bad in (lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapreplace([], 1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
vals = [(i * 7919) % 101 for i in range(200)]
hh = []
for v in vals:
    heapq.heappush(hh, v)
print([heapq.heappop(hh) for _ in range(200)] == sorted(vals))
