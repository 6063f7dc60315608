# Semaphore and BoundedSemaphore: counting, non-blocking and timed acquire, release(n), over-release, bad arguments, `with`, limiting concurrency.
import threading
import time

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.02))
s.release()
print(s.acquire(False))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
s.release(5)          # an unbounded semaphore may go above its start value
print(sum(s.acquire(False) for _ in range(10)))
for bad in [lambda: threading.Semaphore(-1), lambda: s.release(0),
            lambda: s.acquire(False, 1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(threading.Semaphore(0).acquire(timeout=0.01))

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire(); b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
b.release(2)
print(b.acquire(False), isinstance(b, threading.Semaphore))

with threading.Semaphore(1) as got:
    print("with gives", got)

# At most 3 of 8 workers inside at once.
limit = threading.BoundedSemaphore(3)
guard = threading.Lock()
inside = [0]
peak = [0]


def worker():
    with limit:
        with guard:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        time.sleep(0.01)
        with guard:
            inside[0] -= 1


threads = [threading.Thread(target=worker) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(peak[0] <= 3, inside[0])

# A blocked acquire is woken by a release from another thread.
sig = threading.Semaphore(0)
out = []
t = threading.Thread(target=lambda: out.append(sig.acquire(timeout=5)))
t.start()
sig.release()
t.join()
print(out)
