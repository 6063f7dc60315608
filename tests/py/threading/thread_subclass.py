# Subclassing Thread: run() overridden, __init__ calling the base; start twice, joining too early or itself, a subclass that forgot __init__.
import threading


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name="worker-%d" % n)
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))


workers = [Worker(n) for n in (10, 100, 1000)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([(w.name, w.result) for w in workers])

try:
    workers[0].start()
except RuntimeError as e:
    print("RuntimeError:", e)

fresh = Worker(5)
try:
    fresh.join()
except RuntimeError as e:
    print("RuntimeError:", e)


class SelfJoin(threading.Thread):
    def run(self):
        try:
            self.join()
        except RuntimeError as e:
            self.error = str(e)


s = SelfJoin()
s.start()
s.join()
print("RuntimeError:", s.error)

try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)


class Forgot(threading.Thread):
    def __init__(self):
        pass


f = Forgot()
try:
    f.start()
except RuntimeError as e:
    print("RuntimeError:", e)


# run() may be called directly: it runs in the caller's thread.
class Where(threading.Thread):
    def run(self):
        self.where = threading.current_thread().name


w = Where(name="direct")
w.run()
print(w.where)

# The default run() calls the target with args and kwargs.
out = []
t = threading.Thread(target=lambda *a, **k: out.append((a, sorted(k.items()))), args=(1, 2), kwargs={"x": 3})
t.run()
print(out)
