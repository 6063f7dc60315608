# ref callbacks, finalize, WeakValueDictionary cleanup, a dead ref's callback not run, an exception in a callback (stderr), detach; and a finalizer whose object the main namespace held runs at exit
import weakref

def settle():
    # Give garter's periodic check a chance (callbacks run within a few).
    n = 0
    for i in range(2000):
        n += i
    return n

class Obj:
    def __init__(self, name):
        self.name = name

seen = []
a = Obj("a")
r = weakref.ref(a, lambda ref: seen.append(("callback", ref() is None)))
print(r() is a, seen)
del a
settle()
print(r() is None, seen)

b = Obj("b")
f = weakref.finalize(b, print, "finalized", "b")
print(f.alive)
del b
settle()
print(f.alive)

c = Obj("c")
r2 = weakref.ref(c, lambda ref: print("never"))
del r2
del c
settle()
print("dead ref: no callback")

d = weakref.WeakValueDictionary()
objs = [Obj(str(i)) for i in range(5)]
for o in objs:
    d[o.name] = o
print(sorted(d.keys()))
del objs[:3]
settle()
print(sorted(d.keys()), len(d))

def bad(ref):
    raise ValueError("in callback")
e = Obj("e")
r3 = weakref.ref(e, bad)
del e
settle()
print("after bad callback")
g = Obj("g")
fz = weakref.finalize(g, print, "detached?")
print(fz.detach()[0].name, fz.alive)
del g
settle()
print("end")
h = Obj("h")
fh = weakref.finalize(h, print, "finalized at exit")
