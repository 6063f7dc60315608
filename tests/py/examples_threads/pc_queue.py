# A copy of examples/threads/pc_queue.py, run as a conformance test; keep the two identical below this line.
# pc_queue.py -- a producer-consumer problem using threads and queues.
#
# Two producers put work on a Queue; three consumer threads take items,
# process them and call task_done(); q.join() returns once every item has
# been processed. Results are printed sorted (which consumer took which item
# varies from run to run).
import threading
from queue import Queue

q = Queue(maxsize=5)
results = []
results_lock = threading.Lock()


def producer(name, count):
    for n in range(count):
        q.put((name, n))


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        name, n = item
        with results_lock:
            results.append("%s-%d squared is %d" % (name, n, n * n))
        q.task_done()


consumers = [threading.Thread(target=consumer, daemon=True) for _ in range(3)]
for t in consumers:
    t.start()
producers = [threading.Thread(target=producer, args=(name, 4)) for name in ("a", "b")]
for t in producers:
    t.start()
for t in producers:
    t.join()
q.join()
print("all work done:", q.empty(), q.unfinished_tasks)
for line in sorted(results):
    print(line)
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
