# threading.Thread with target/args/kwargs: start, join, is_alive, ident/native_id before and after, default names.
import threading

results = {}


def work(key, n, *, power=2):
    results[key] = n ** power


t = threading.Thread(target=work, args=("a", 3), kwargs={"power": 3})
print(t.ident, t.native_id, t.is_alive())
t.start()
print(t.join())
print(t.is_alive(), type(t.ident).__name__, type(t.native_id).__name__)
print(t.ident != threading.get_ident(), t.native_id != threading.get_native_id())
print(results)

threads = [threading.Thread(target=work, args=(i, i)) for i in range(5)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(results.items(), key=str))

# Default names: "Thread-N (target)" with a counter shared by all threads.
names = [threading.Thread(target=work).name, threading.Thread().name,
         threading.Thread(name="custom").name, threading.Thread(name=42).name]
print([n.split("-")[0] for n in names[:2]], names[0].endswith(" (work)"), names[2:])
n1 = int(names[0].split("-")[1].split(" ")[0])
n2 = int(names[1].split("-")[1])
print(n2 - n1)

# A thread without a target does nothing.
t = threading.Thread()
t.start()
t.join()
print("empty thread ok", t.is_alive())

# The group argument must be None.
try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError:", e)
