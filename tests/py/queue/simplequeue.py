# queue.SimpleQueue: unbounded FIFO with put/get/put_nowait/get_nowait/empty/qsize, Empty with timeouts; no task_done.
import queue
import threading

s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1)
s.put(2, block=False)
s.put(3, timeout=1)
s.put_nowait(4)
print(s.empty(), s.qsize())
print(s.get(), s.get(False), s.get(timeout=1), s.get_nowait())
for call in [s.get_nowait, lambda: s.get(False), lambda: s.get(timeout=0.02)]:
    try:
        call()
    except queue.Empty:
        print("Empty")
try:
    s.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(hasattr(s, "task_done"), hasattr(s, "join"), hasattr(s, "maxsize"))

# Many producers, one consumer: every item arrives exactly once.
def produce(base):
    for i in range(200):
        s.put(base + i)


threads = [threading.Thread(target=produce, args=(k * 1000,)) for k in range(4)]
for t in threads:
    t.start()
got = [s.get(timeout=5) for _ in range(800)]
for t in threads:
    t.join()
print(len(got), len(set(got)), sum(got), s.empty())
# Per producer, items keep their order.
print(all([x for x in got if x // 1000 == k] == list(range(k * 1000, k * 1000 + 200)) for k in range(4)))
