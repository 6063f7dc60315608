# event_barrier.py -- using an event to implement a synchronization barrier.
#
# Worker threads get ready (an "initialization" step each), then all wait on
# one Event; the main thread sets it once every worker is ready, and they all
# go on together. Each worker records what it saw when it passed the barrier.
import threading
import time

go = threading.Event()
ready_count = 0
ready_lock = threading.Lock()
all_ready = threading.Event()
WORKERS = 4
passed = []


def worker(n):
    global ready_count
    time.sleep(0.001 * n)           # initialization takes varying time
    with ready_lock:
        ready_count += 1
        if ready_count == WORKERS:
            all_ready.set()
    go.wait()                       # the barrier
    with ready_lock:
        passed.append((n, ready_count))


threads = [threading.Thread(target=worker, args=(n,)) for n in range(WORKERS)]
for t in threads:
    t.start()
all_ready.wait()
print("all workers ready; passed before the go:", len(passed))
go.set()
for t in threads:
    t.join()
print("passed the barrier:", sorted(passed))
