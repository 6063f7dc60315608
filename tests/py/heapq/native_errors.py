# heapq's Rust heap operations: CPython's argument errors, and a comparison that empties the heap raises RuntimeError.
import heapq
for bad in (lambda: heapq.heappush([]), lambda: heapq.heappop(), lambda: heapq.heapify(1), lambda: heapq.heappush([], 1, 2), lambda: heapq.heappop([1], 2), lambda: heapq.heapify([3, 'a', 1]), lambda: heapq.heappushpop((), 1), lambda: heapq.heappop(x=[])):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class Evil:
    def __init__(self, v, h): self.v = v; self.h = h
    def __lt__(self, o):
        self.h.clear()
        return self.v < o.v
h = []
h.append(Evil(3, h)); h.append(Evil(1, h)); h.append(Evil(2, h))
try:
    heapq.heapify(h)
except RuntimeError as e:
    print("RuntimeError", e)
print(heapq.heappushpop([], 5), heapq.heappushpop([1], 0), heapq.heappushpop([1, 3], 2))
for bad in (lambda: heapq.heappush(x=1), lambda: heapq.heapreplace([], x=1), lambda: heapq.heappushpop([]), lambda: heapq.heapreplace(1, 2)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
