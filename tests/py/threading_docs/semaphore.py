# The threading documentation's Semaphore example ("Semaphore Example": a BoundedSemaphore limiting database connections), with connectdb() filled in by a stand-in that counts open connections.
from threading import BoundedSemaphore, Lock, Thread

maxconnections = 5
# ...
pool_sema = BoundedSemaphore(value=maxconnections)

count_lock = Lock()
open_now = 0
most_open = 0

class Connection:
    def close(self):
        global open_now
        with count_lock:
            open_now -= 1

def connectdb():
    global open_now, most_open
    with count_lock:
        open_now += 1
        most_open = max(most_open, open_now)
    return Connection()

def task():
    with pool_sema:
        conn = connectdb()
        try:
            # ... use connection ...
            for _ in range(1000):
                pass
        finally:
            conn.close()

threads = [Thread(target=task) for _ in range(20)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("at most", maxconnections, "open:", most_open <= maxconnections, "| open now:", open_now)
