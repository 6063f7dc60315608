# Default argument values: evaluated once at definition time, mutable default sharing.
def f(a, b=2, c="three"):
    return (a, b, c)
print(f(1), f(1, 5), f(1, c="x"), f(a=0, c=None, b=9))
def append(x, acc=[]):
    acc.append(x)
    return acc
print(append(1), append(2), append(3, []))
n = 10
def g(v=n):
    return v
n = 20
print(g())
def h(x, y=None):
    if y is None:
        y = []
    y.append(x)
    return y
print(h(1), h(2))
print(f.__defaults__, g.__defaults__, h.__defaults__)
def k(a, *, b=1, c):
    return a, b, c
print(k.__kwdefaults__, k(0, c=3))
