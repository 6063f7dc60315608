# Timeouts honoured: every blocking call given a timeout of TIMEOUT seconds
# returns (or raises) after about that long. With the argument `hog`, a
# CPU-bound daemon thread competes for the GIL the whole time.
# Prints `name elapsed outcome` lines; tests/threads.rs checks the bounds.
import queue
import sys
import threading
import time

TIMEOUT = 0.2

if len(sys.argv) > 1 and sys.argv[1] == "hog":
    def hog():
        while True:
            pass
    threading.Thread(target=hog, daemon=True).start()


def measure(name, call):
    start = time.monotonic()
    try:
        outcome = repr(call())
    except Exception as e:
        outcome = type(e).__name__
    print(name, "%.3f" % (time.monotonic() - start), outcome, flush=True)


held = threading.Lock()
held.acquire()
measure("lock.acquire", lambda: held.acquire(timeout=TIMEOUT))

rlock = threading.RLock()
owner_ready, owner_release = threading.Event(), threading.Event()


def owner():
    with rlock:
        owner_ready.set()
        owner_release.wait()


threading.Thread(target=owner, daemon=True).start()
owner_ready.wait()
measure("rlock.acquire", lambda: rlock.acquire(timeout=TIMEOUT))
owner_release.set()

measure("queue.get", lambda: queue.Queue().get(timeout=TIMEOUT))
full = queue.Queue(1)
full.put(0)
measure("queue.put", lambda: full.put(1, timeout=TIMEOUT))
measure("simplequeue.get", lambda: queue.SimpleQueue().get(timeout=TIMEOUT))
measure("event.wait", lambda: threading.Event().wait(TIMEOUT))
cond = threading.Condition()


def cond_wait():
    with cond:
        return cond.wait(TIMEOUT)


measure("condition.wait", cond_wait)


def cond_wait_for():
    with cond:
        return cond.wait_for(lambda: False, TIMEOUT)


measure("condition.wait_for", cond_wait_for)

measure("semaphore.acquire", lambda: threading.Semaphore(0).acquire(timeout=TIMEOUT))
measure("barrier.wait", lambda: threading.Barrier(2).wait(TIMEOUT))
stuck = threading.Event()
sleeper = threading.Thread(target=stuck.wait, daemon=True)
sleeper.start()
measure("thread.join", lambda: (sleeper.join(TIMEOUT), sleeper.is_alive())[1])
stuck.set()
measure("time.sleep", lambda: time.sleep(TIMEOUT))
