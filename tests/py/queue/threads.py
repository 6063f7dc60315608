# Queues between threads: blocked get woken by put, blocked put woken by get, several producers and consumers lose nothing.
import queue
import threading

q = queue.Queue(maxsize=3)
out = []


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        out.append(item)


cons = [threading.Thread(target=consumer) for _ in range(3)]
for t in cons:
    t.start()


def producer(k):
    for i in range(100):
        q.put((k, i))


prods = [threading.Thread(target=producer, args=(k,)) for k in range(4)]
for t in prods:
    t.start()
for t in prods:
    t.join()
for _ in cons:
    q.put(None)
for t in cons:
    t.join()
print(len(out), len(set(out)), sorted(out) == sorted((k, i) for k in range(4) for i in range(100)))

# A get that blocks is woken by a later put.
hand = queue.Queue()
res = []
t = threading.Thread(target=lambda: res.append(hand.get(timeout=10)))
t.start()
hand.put("hello")
t.join()
print(res)

# A put that blocks on a full queue is woken by a get.
full = queue.Queue(1)
full.put("first")
t = threading.Thread(target=lambda: full.put("second", timeout=10))
t.start()
print(full.get(), full.get(timeout=10))
t.join()
print(full.empty())
