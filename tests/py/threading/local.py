# threading.local: per-thread attributes; a subclass's __init__ runs once in each thread that touches it; errors.
import threading

data = threading.local()
data.x = "main"
seen = []


def worker(i):
    print_ok = not hasattr(data, "x")
    data.x = i
    seen.append((i, print_ok, data.x))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen), data.x)
print(data.__dict__)
del data.x
print(hasattr(data, "x"))
try:
    del data.x
except AttributeError as e:
    print("AttributeError")


class Counter(threading.local):
    inits = 0

    def __init__(self, start, step=1):
        Counter.inits += 1
        self.value = start
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value


c = Counter(10, step=5)
c.bump()
results = []


def use():
    results.append((c.value, c.bump(), c.bump()))


ts = [threading.Thread(target=use) for _ in range(3)]
for t in ts:
    t.start()
    t.join()
print(results, c.value, Counter.inits)

try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(c, threading.local))
