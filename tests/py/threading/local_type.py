# threading.local is the type _thread._local: its name and module; dir() shows the calling thread's attributes (and a subclass's own).
import threading

l = threading.local()
l.a = 1
print(type(l).__name__, type(l).__module__, type(l).__qualname__)
print([n for n in dir(l) if not n.startswith("__")])


class S(threading.local):
    kind = "s"


s = S()
s.b = 2
print(type(s).__name__, type(s).__qualname__, [n for n in dir(s) if not n.startswith("__")])
seen = []
t = threading.Thread(target=lambda: seen.append([n for n in dir(s) if not n.startswith("__")]))
t.start()
t.join()
print(seen)
