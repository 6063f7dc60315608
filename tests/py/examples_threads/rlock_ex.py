# A copy of examples/threads/rlock_ex.py, run as a conformance test; keep the two identical below this line.
# rlock_ex.py -- an example of code-based locking using a reentrant lock.
#
# One RLock belongs to the class: at most one thread at a time runs any of
# its methods. A method that holds the lock may call another that takes it
# again, which a plain Lock would deadlock on.
import threading


class Counter:
    lock = threading.RLock()

    def __init__(self):
        self.value = 0
        self.log_size = 0

    def incr(self):
        with Counter.lock:
            self.value += 1
            self.note()

    def decr(self):
        with Counter.lock:
            self.value -= 1
            self.note()

    def note(self):
        with Counter.lock:      # taken again by the same thread
            self.log_size += 1

    def incr_twice(self):
        with Counter.lock:
            self.incr()
            self.incr()


c = Counter()


def up():
    for _ in range(2000):
        c.incr_twice()


def down():
    for _ in range(2000):
        c.decr()


threads = [threading.Thread(target=f) for f in (up, down, up)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("value", c.value, "calls", c.log_size)
