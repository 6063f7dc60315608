# Bad calls to queue methods raise TypeError worded as CPython words them: as Python `def`s of Queue for Queue/LifoQueue/PriorityQueue, as C (Argument Clinic) for SimpleQueue.
import queue

q = queue.Queue()
s = queue.SimpleQueue()
for call in [lambda: q.get(1, 2, 3), lambda: q.put(), lambda: q.put(1, 2, 3, 4), lambda: q.get(bogus=1),
             lambda: q.put(1, item=2), lambda: q.qsize(1), lambda: q.get_nowait(1), lambda: q.put_nowait(),
             lambda: queue.Queue(1, 2), lambda: queue.Queue(size=3), lambda: q.task_done(1), lambda: q.join(1),
             lambda: queue.LifoQueue().get(1, 2, 3), lambda: queue.PriorityQueue().put(),
             lambda: queue.SimpleQueue(1), lambda: queue.SimpleQueue(x=1), lambda: s.get(1, 2, 3), lambda: s.put(),
             lambda: s.qsize(1), lambda: s.get(bogus=1), lambda: q.put(timeout=1)]:
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
print(q.qsize(), s.qsize())
