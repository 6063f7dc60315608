# PriorityQueue follows heapq exactly: items that compare equal come out in heapq's order, .queue shows the heap's layout, and a put whose comparison raises leaves the item in the heap (gettable, not counted as a task).
import queue


class Item:
    """Compares by priority only, so equal priorities expose the heap algorithm."""

    def __init__(self, priority, name):
        self.priority, self.name = priority, name

    def __lt__(self, other):
        return self.priority < other.priority


def pseudo_random(n, seed=12345):
    """A small LCG: the same sequence on every interpreter."""
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        out.append(seed)
    return out


q = queue.PriorityQueue()
numbers = pseudo_random(60)
for i, r in enumerate(numbers):
    q.put(Item(r % 4, "n%d" % i))
    if r % 3 == 0:
        q.get()
print([(x.priority, x.name) for x in q.queue][:12])
print([q.get().name for _ in range(q.qsize())])

ints = queue.PriorityQueue()
for r in numbers[:15]:
    ints.put(r % 100)
print(ints.queue)
print([ints.get() for _ in range(5)], ints.queue)

q = queue.PriorityQueue()
q.put(1)
try:
    q.put("one")
except TypeError as e:
    print("TypeError:", e)
print(q.qsize(), q.unfinished_tasks, q.queue)
print(q.get(), q.get_nowait(), q.qsize(), q.empty())
