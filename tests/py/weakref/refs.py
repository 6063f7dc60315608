# weakref: refs die with their referent; refused types; WeakValueDictionary/WeakKeyDictionary/WeakSet drop dead entries; WeakMethod, proxy, finalize.
import weakref
class Obj:
    def __init__(self, name): self.name = name
    def method(self): return 'm:' + self.name
o = Obj('a')
r = weakref.ref(o)
print(r() is o, r().name, weakref.getweakrefcount(o) >= 1, isinstance(r, weakref.ref))
del o
print(r())
for bad in (1, 'str', [1], {}, (1,), None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError", e)
d = weakref.WeakValueDictionary()
a, b = Obj('a'), Obj('b')
d['a'] = a; d['b'] = b
print(len(d), sorted(d.keys()), d['a'].name, 'b' in d)
del b
print(len(d), sorted(d.keys()), 'b' in d, d.get('b', 'gone'))
k = weakref.WeakKeyDictionary()
x1, x2 = Obj('x1'), Obj('x2')
k[x1] = 1; k[x2] = 2
print(len(k), k[x1], x2 in k)
del x2
print(len(k), [o.name for o in k.keys()])
m = Obj('meth')
wm = weakref.WeakMethod(m.method)
print(wm()())
p = weakref.proxy(m)
print(p.name, p.method())
del m
print(wm())
try:
    p.name
except ReferenceError as e:
    print("ReferenceError", e)
def f(): return 'f'
rf = weakref.ref(f)
print(rf()(), rf == weakref.ref(f), hash(rf) == hash(f))
calls = []
t = Obj('t')
fin = weakref.finalize(t, calls.append, 'done')
print(fin.alive, fin(), calls, fin.alive, fin())
s = weakref.WeakSet()
s1 = Obj('s1'); s.add(s1); s.add(Obj('temp'))
print(len(s), [o.name for o in s])
