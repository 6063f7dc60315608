# threading.Event: is_set/set/clear, wait with and without timeout, many waiters released by one set().
import threading

e = threading.Event()
print(e.is_set(), e.isSet(), e.wait(0.02), e.wait(0))
e.set()
print(e.is_set(), e.wait(), e.wait(0.01))
e.clear()
print(e.is_set(), e.wait(timeout=0.01))

results = []
lock = threading.Lock()


def waiter(i):
    got = e.wait(10)
    with lock:
        results.append((i, got))


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
e.set()
for t in threads:
    t.join()
print(sorted(results))

# set() before wait(): the waiter returns at once; clear() re-arms.
e.clear()
flag = threading.Event()
t = threading.Thread(target=lambda: results.append(("late", flag.wait(0.01))))
t.start()
t.join()
print(results[-1])
