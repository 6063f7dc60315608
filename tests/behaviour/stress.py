# Stress: many threads × many operations through every lock and queue type.
# Usage: garter stress.py SCALE. Prints one `name value` line per check;
# tests/threads.rs computes the expected values from SCALE and compares.
# A lost update shows as a wrong total, a lost or duplicated queue item as a
# wrong count/sum, a deadlock as the child being killed by the test's timeout.
import queue
import sys
import threading

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1
THREADS = 8
OPS = 2000 * SCALE          # per thread
PRODUCERS = 4
CONSUMERS = 4
ITEMS = 1000 * SCALE        # per producer


def run_all(targets):
    threads = [threading.Thread(target=t) for t in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


# Plain Lock: no lost update.
lock = threading.Lock()
counter = [0]


def lock_worker():
    for _ in range(OPS):
        with lock:
            counter[0] += 1


run_all([lock_worker] * THREADS)
print("lock", counter[0])

# RLock, taken twice per update.
rlock = threading.RLock()
rcounter = [0]


def rlock_worker():
    for _ in range(OPS):
        with rlock:
            with rlock:
                rcounter[0] += 1


run_all([rlock_worker] * THREADS)
print("rlock", rcounter[0])

# Semaphore(3): never more than 3 inside, no lost update.
sema = threading.BoundedSemaphore(3)
inside = [0, 0, 0]        # current, peak, total


def sema_worker():
    for _ in range(OPS // 5):
        with sema:
            with lock:
                inside[0] += 1
                inside[1] = max(inside[1], inside[0])
                inside[2] += 1
            with lock:
                inside[0] -= 1


run_all([sema_worker] * THREADS)
print("semaphore", inside[2], "peak<=3", inside[1] <= 3)


def check_delivery(name, got):
    expected = [(p, i) for p in range(PRODUCERS) for i in range(ITEMS)]
    print(name, len(got), len(set(got)), sorted(got) == expected)


# Condition-protected bounded buffer.
cond = threading.Condition()
buffer = []
cond_got = []
STOP = None


def cond_producer(p):
    for i in range(ITEMS):
        with cond:
            while len(buffer) >= 16:
                cond.wait()
            buffer.append((p, i))
            cond.notify_all()


def cond_consumer():
    mine = []
    while True:
        with cond:
            while not buffer:
                cond.wait()
            item = buffer.pop(0)
            cond.notify_all()
        if item is STOP:
            break
        mine.append(item)
    with lock:
        cond_got.extend(mine)


consumers = [threading.Thread(target=cond_consumer) for _ in range(CONSUMERS)]
for t in consumers:
    t.start()
run_all([lambda p=p: cond_producer(p) for p in range(PRODUCERS)])
with cond:
    buffer.extend([STOP] * CONSUMERS)
    cond.notify_all()
for t in consumers:
    t.join()
check_delivery("condition", cond_got)


# Queue, LifoQueue and SimpleQueue (bounded where they can be), many
# producers and consumers; PriorityQueue below.
def through_queue(name, q, task_done):
    got = []

    def consumer():
        mine = []
        while True:
            item = q.get()
            if task_done:
                q.task_done()
            if item is STOP:
                break
            mine.append(item)
        with lock:
            got.extend(mine)

    def producer(p):
        for i in range(ITEMS):
            q.put((p, i))

    cs = [threading.Thread(target=consumer) for _ in range(CONSUMERS)]
    for t in cs:
        t.start()
    run_all([lambda p=p: producer(p) for p in range(PRODUCERS)])
    if task_done:
        q.join()          # every item taken and marked done
    for _ in cs:
        q.put(STOP)
    for t in cs:
        t.join()
    check_delivery(name, got)


through_queue("Queue", queue.Queue(maxsize=8), True)
through_queue("LifoQueue", queue.LifoQueue(maxsize=8), True)
through_queue("SimpleQueue", queue.SimpleQueue(), False)


# PriorityQueue needs a comparable sentinel: items are ((i, p), (p, i)).
pq = queue.PriorityQueue(maxsize=8)
pq_got = []


def pq_consumer():
    mine = []
    while True:
        key, item = pq.get()
        pq.task_done()
        if item is STOP:
            break
        mine.append(item)
    with lock:
        pq_got.extend(mine)


def pq_producer(p):
    for i in range(ITEMS):
        pq.put(((i, p), (p, i)))


cs = [threading.Thread(target=pq_consumer) for _ in range(CONSUMERS)]
for t in cs:
    t.start()
run_all([lambda p=p: pq_producer(p) for p in range(PRODUCERS)])
pq.join()
for _ in cs:
    pq.put(((ITEMS + 1, 0), STOP))
for t in cs:
    t.join()
check_delivery("PriorityQueue", pq_got)

# Event ping-pong: two threads strictly alternate.
ping, pong = threading.Event(), threading.Event()
rounds = [0, 0]
ROUNDS = 400 * SCALE


def pinger():
    for _ in range(ROUNDS):
        ping.set()
        pong.wait()
        pong.clear()
        rounds[0] += 1


def ponger():
    for _ in range(ROUNDS):
        ping.wait()
        ping.clear()
        rounds[1] += 1
        pong.set()


run_all([pinger, ponger])
print("events", rounds[0], rounds[1])

# Barrier: every party passes every round; the action runs once per round.
actions = [0]
barrier = threading.Barrier(THREADS, action=lambda: actions.__setitem__(0, actions[0] + 1))
passes = [0]


def barrier_worker():
    for _ in range(ROUNDS // 4):
        barrier.wait()
        with lock:
            passes[0] += 1


run_all([barrier_worker] * THREADS)
print("barrier", actions[0], passes[0])
