# Ctrl-C while the main thread is blocked: `garter interrupt.py WHAT` prints
# "ready", then blocks in WHAT forever; tests/threads.rs sends SIGINT and
# expects a KeyboardInterrupt traceback and exit status 1. Threads that
# would still be running at exit are daemons, so exit is not held up.
import queue
import sys
import threading
import time

what = sys.argv[1]
blocker = {
    "join": lambda: forever_thread().join(),
    "join_timeout": lambda: forever_thread().join(600),
    "lock": lambda: held_lock().acquire(),
    "lock_timeout": lambda: held_lock().acquire(timeout=600),
    "rlock": lambda: rlock_held_elsewhere().acquire(),
    "queue": lambda: queue.Queue().get(),
    "queue_timeout": lambda: queue.Queue().get(timeout=600),
    "queue_put": lambda: full_queue().put(1),
    "simplequeue": lambda: queue.SimpleQueue().get(),
    "event": lambda: threading.Event().wait(),
    "condition": lambda: cond_wait(),
    "semaphore": lambda: threading.Semaphore(0).acquire(),
    "barrier": lambda: threading.Barrier(2).wait(),
    "sleep": lambda: time.sleep(600),
    "spin": lambda: spin(),
    "input": lambda: input(),           # stdin: a pipe the test keeps open
}[what]


def forever_thread():
    t = threading.Thread(target=time.sleep, args=(600,), daemon=True)
    t.start()
    return t


def held_lock():
    lock = threading.Lock()
    lock.acquire()
    return lock


def rlock_held_elsewhere():
    rlock = threading.RLock()
    ready = threading.Event()

    def hold():
        rlock.acquire()
        ready.set()
        time.sleep(600)

    threading.Thread(target=hold, daemon=True).start()
    ready.wait()
    return rlock


def full_queue():
    q = queue.Queue(1)
    q.put(0)
    return q


def cond_wait():
    cond = threading.Condition()
    with cond:
        cond.wait()


def spin():
    while True:
        pass


print("ready", flush=True)
blocker()
print("not interrupted")
