# LifoQueue gives items newest first; PriorityQueue smallest first (tuples, ties by the next field); both bounded like Queue.
import queue

l = queue.LifoQueue()
for i in "abcde":
    l.put(i)
print([l.get() for _ in range(5)], l.empty())

p = queue.PriorityQueue()
for item in [5, 1, 4, 2, 3, 1]:
    p.put(item)
print([p.get() for _ in range(6)])
for item in [(2, "b"), (1, "z"), (2, "a"), (0, "x")]:
    p.put_nowait(item)
print([p.get_nowait() for _ in range(4)])

words = "the quick brown fox jumps over the lazy dog".split()
for w in words:
    p.put((len(w), w))
print([p.get() for _ in range(len(words))])

bp = queue.PriorityQueue(maxsize=1)
bp.put(3)
try:
    bp.put(1, block=False)
except queue.Full:
    print("Full")
bl = queue.LifoQueue(1)
bl.put(1)
print(bl.full(), bl.qsize())
try:
    bl.put(2, timeout=0.01)
except queue.Full:
    print("Full")
try:
    p.get_nowait()
except queue.Empty:
    print("Empty")
# Unorderable items: the comparison error comes out of put.
p.put(1)
try:
    p.put("one")
except TypeError as e:
    print("TypeError:", e)
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
