# expected-output: hand-written
# Queue.shutdown(immediate=False) and queue.ShutDown, new in Python 3.13: CPython 3.11 has no oracle, so
# shutdown.out was written by hand from the 3.13 documentation ("put() raises ShutDown; get() drains the
# queue, then raises ShutDown; immediate=True empties it at once, marking a task done per removed item;
# blocked put/get/join callers are released") and Lib/queue.py of 3.13. gen_expected.py leaves it alone.
import queue
import threading
import time

print(issubclass(queue.ShutDown, Exception), "ShutDown" in queue.__all__)
q = queue.Queue()
print(q.is_shutdown)
for i in range(3):
    q.put(i)
q.shutdown()
print(q.is_shutdown, q.qsize())
for put in [lambda: q.put(9), lambda: q.put_nowait(9), lambda: q.put(9, timeout=0.01)]:
    try:
        put()
    except queue.ShutDown:
        print("put: ShutDown")
print(q.get(), q.get_nowait(), q.get(timeout=1))
for get in [q.get, q.get_nowait, lambda: q.get(timeout=0.01), lambda: q.get(False)]:
    try:
        get()
    except queue.ShutDown as e:
        print("get on empty: ShutDown", repr(e))
print(q.unfinished_tasks)
for _ in range(3):
    q.task_done()
q.join()
q.shutdown()
print("shutdown twice ok", q.is_shutdown)

# immediate=True drops the items and marks a task done for each.
q = queue.Queue()
for i in range(5):
    q.put(i)
q.get()
q.task_done()
q.shutdown(immediate=True)
print(q.qsize(), q.empty(), q.unfinished_tasks)
q.join()
try:
    q.get()
except queue.ShutDown:
    print("immediate: get raises ShutDown")

# Blocked getters are released with ShutDown.
q = queue.Queue()
results = []
lock = threading.Lock()


def getter():
    try:
        q.get(timeout=10)
        outcome = "got"
    except queue.ShutDown:
        outcome = "ShutDown"
    with lock:
        results.append(outcome)


getters = [threading.Thread(target=getter) for _ in range(3)]
for t in getters:
    t.start()
time.sleep(0.05)
q.shutdown()
for t in getters:
    t.join()
print(results)

# A blocked putter is released with ShutDown; the item already in stays gettable.
q = queue.Queue(1)
q.put("kept")
putter_result = []


def putter():
    try:
        q.put("never")
        putter_result.append("put")
    except queue.ShutDown:
        putter_result.append("ShutDown")


t = threading.Thread(target=putter)
t.start()
time.sleep(0.05)
q.shutdown()
t.join()
print(putter_result, q.get())

# join() blocked on unfinished tasks returns after shutdown(immediate=True).
q = queue.Queue()
q.put(1)
q.put(2)
j = threading.Thread(target=q.join)
j.start()
time.sleep(0.05)
q.shutdown(immediate=True)
j.join(5)
print("join released:", not j.is_alive())

# LifoQueue and PriorityQueue shut down the same way; SimpleQueue has no shutdown.
lq = queue.LifoQueue()
lq.put(1)
lq.put(2)
lq.shutdown()
print(lq.get(), lq.get())
pq = queue.PriorityQueue()
pq.put(3)
pq.put(1)
pq.shutdown(immediate=False)
print(pq.get())
pq.shutdown(immediate=True)
print(pq.qsize())
print(hasattr(queue.SimpleQueue(), "shutdown"))
