# Generator expressions: laziness, single use, as sole argument, nested, and scoping.
ge = (x * 2 for x in range(4))
print(type(ge).__name__)
print(list(ge), list(ge))
print(sum(x for x in range(10) if x % 3 == 0))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list((i, j) for i in range(3) for j in range(i)))
log = []
def src():
    for i in range(3):
        log.append(i)
        yield i
g = (v + 1 for v in src())
print(log)
print(next(g), log)
try:
    bad = (1 / 0 for _ in [1])
    print("created without error")
    next(bad)
except ZeroDivisionError:
    print("error on first next")
try:
    (x for x in 5)
except TypeError as e:
    print("iter() of the outermost iterable is eager:", e)
print(", ".join(str(x) for x in [1, 2]))
print(any(x > 2 for x in [1, 3]), all(x > 0 for x in []))
