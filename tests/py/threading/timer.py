# threading.Timer: calls the function with args/kwargs after the interval; cancel() before it fires prevents the call.
import threading

out = []
t = threading.Timer(0.01, lambda *a, **k: out.append(("fired", a, sorted(k.items()))), args=(1, 2), kwargs={"k": 3})
print(t.interval, isinstance(t, threading.Thread))
t.start()
t.join()
print(out)

c = threading.Timer(10, out.append, args=("never",))
c.start()
c.cancel()
c.join(5)
print(c.is_alive(), out)

# Cancelling before start also prevents the call.
d = threading.Timer(0.01, out.append, ["also never"])
d.cancel()
d.start()
d.join()
print(out, d.finished.is_set())

# Default args and kwargs are empty.
e = threading.Timer(0, lambda: out.append("no args"))
e.start()
e.join()
print(out[-1])
