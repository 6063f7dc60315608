# threading.Condition: wait with timeout, notify(n) waking n waiters, notify_all, wait_for with predicate and timeout, misuse errors.
import threading
import time

cond = threading.Condition()
with cond:
    start = time.monotonic()
    print(cond.wait(0.05))
    print(time.monotonic() - start >= 0.04)
    print(cond.wait(0))

try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify_all()
except RuntimeError as e:
    print("RuntimeError:", e)

# notify(n) wakes exactly n of the waiters (the oldest first), notify_all the rest.
woken = []


def waiter(i):
    with cond:
        woken.append((i, cond.wait(10)))


def waiting():
    with cond:
        return len(cond._waiters)


threads = []
for i in range(5):
    t = threading.Thread(target=waiter, args=(i,))
    t.start()
    threads.append(t)
    while waiting() < i + 1:
        time.sleep(0.001)
with cond:
    cond.notify(2)
    print("waiting after notify(2):", len(cond._waiters))
while len(woken) < 2:
    time.sleep(0.001)
print(sorted(woken))
with cond:
    cond.notify(0)
    print("waiting after notify(0):", len(cond._waiters))
    cond.notify_all()
for t in threads:
    t.join()
print(sorted(woken))

# wait_for returns the predicate's last value; with a timeout it gives up.
with cond:
    print(cond.wait_for(lambda: 42))
    print(cond.wait_for(lambda: 0, timeout=0.02))
    print(cond.wait_for(lambda: [], 0))

# A Condition over a plain Lock, notify_all waking every waiter.
c2 = threading.Condition(threading.Lock())
box = []


def consumer():
    with c2:
        while not box:
            c2.wait()
        box.append("seen")


cs = [threading.Thread(target=consumer) for _ in range(3)]
for t in cs:
    t.start()
time.sleep(0.02)
with c2:
    box.append("item")
    c2.notify_all()
for t in cs:
    t.join()
print(box)
print(threading.Condition().acquire(False) is True)
