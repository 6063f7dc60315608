# *args and **kwargs in definitions and calls, including unpacking several iterables.
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f())
print(f(1, 2, x=3))
print(f(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}))
print(f(*"ab", *range(2)))
def g(a, b, *rest, key=None, **extra):
    return a, b, rest, key, extra
print(g(1, 2))
print(g(1, 2, 3, 4, key="k", z=26))
print(g(*range(5)))
args = (1, 2)
kw = {"key": 0}
print(g(*args, **kw))
def h(**kw):
    kw["new"] = 1
    return kw
d = {"a": 0}
print(h(**d), d)
print(type(f(1)[0]).__name__)
