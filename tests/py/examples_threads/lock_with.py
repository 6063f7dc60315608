# A copy of examples/threads/lock_with.py, run as a conformance test; keep the two identical below this line.
# lock_with.py -- an example of using a lock with the `with` statement.
#
# `with x_lock:` acquires the lock and releases it however the block is
# left, exception included. Four threads, no lost update.
import threading

x = 0
x_lock = threading.Lock()
COUNT = 10000


def incr():
    global x
    for _ in range(COUNT):
        with x_lock:
            x += 1


def decr():
    global x
    for _ in range(COUNT):
        with x_lock:
            x -= 1


def fail_inside():
    with x_lock:
        raise ValueError("the lock is still released")


threads = [threading.Thread(target=f) for f in (incr, decr, incr, decr)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("x is", x)
try:
    fail_inside()
except ValueError as e:
    print("ValueError:", e, "| locked:", x_lock.locked())
