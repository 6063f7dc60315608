# Queue.task_done/join: join waits until every item put was marked done; one task_done too many raises ValueError.
import queue
import threading

q = queue.Queue()
q.put(1)
q.get()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
print(q.qsize(), q.empty(), q.unfinished_tasks)
q.join()        # nothing unfinished: returns at once

processed = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            processed.append(item * 2)
        q.task_done()


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for item in range(30):
    q.put(item)
q.join()
print("joined:", len(processed), sum(processed), q.unfinished_tasks)
for _ in threads:
    q.put(None)
for t in threads:
    t.join()
q.join()
print(sorted(processed) == [i * 2 for i in range(30)])

lq = queue.LifoQueue()
try:
    lq.task_done()
except ValueError as e:
    print("ValueError:", e)
