# threading.Lock: acquire/release/locked, blocking=False and timeouts, `with`, errors; mutual exclusion across threads.
import threading

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(blocking=False), lock.acquire(timeout=0.02), lock.acquire(True, 0))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 0.5)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
print(lock.acquire(timeout=-1), lock.locked())
lock.release()

with lock:
    print("with:", lock.locked())
print("after:", lock.locked())

# Without the lock increments race; with it none is lost.
counter = [0]


def add(n):
    for _ in range(n):
        with lock:
            counter[0] += 1


threads = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter[0])

# Another thread blocks in acquire until the holder releases.
order = []
lock.acquire()


def waiter():
    with lock:
        order.append("waiter got it")


t = threading.Thread(target=waiter)
t.start()
t.join(0.05)
order.append("main releases")
lock.release()
t.join()
print(order)
