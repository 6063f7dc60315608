# queue.Queue: FIFO order, qsize/empty/full, maxsize, put_nowait/get_nowait, Empty and Full with and without timeouts, bad timeouts.
import queue
import time

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(5)])
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
try:
    q.get(block=False)
except queue.Empty:
    print("Empty (block=False)")
start = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout", time.monotonic() - start >= 0.04)
try:
    q.get(True, -1)
except ValueError as e:
    print("ValueError:", e)

b = queue.Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print(b.qsize(), b.full(), b.maxsize)
try:
    b.put_nowait("c")
except queue.Full as e:
    print("Full", repr(e))
try:
    b.put("c", timeout=0.02)
except queue.Full:
    print("Full after timeout")
try:
    b.put("c", False)
except queue.Full:
    print("Full (block=False)")
try:
    b.put("c", timeout=-0.5)
except ValueError as e:
    print("ValueError:", e)
print(b.get_nowait(), b.get(False), b.empty())

# maxsize <= 0 means unbounded.
u = queue.Queue(-1)
for i in range(1000):
    u.put_nowait(i)
print(u.qsize(), u.full())
# Timeout is ignored when block is False.
try:
    u.get(False, -3) if u.empty() else print("got", u.get(False, -3))
except ValueError as e:
    print("ValueError:", e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(list(q.queue), b.unfinished_tasks)
