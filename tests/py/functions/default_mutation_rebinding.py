# __defaults__ can be read and replaced; defaults referencing earlier parameters are not allowed (uses None idiom).
def f(a, b=1, c=[]):
    c.append(a)
    return a + b, c
print(f(1), f(2))
f.__defaults__ = (100, [])
print(f(1), f.__defaults__)
def g(n, seen=None):
    seen = set() if seen is None else seen
    seen.add(n)
    return sorted(seen)
print(g(1), g(2), g(3, {9}))
