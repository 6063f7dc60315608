# Generator objects: __name__, iter(g) is g, single use, "already executing" on re-entry, independent states.
def g():
    yield 1
it = g()
print(it.__name__, it.__qualname__ if hasattr(it, "__qualname__") else "")
print(iter(it) is it)
print(list(it), list(it))
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print(e)
def counter():
    i = 0
    while True:
        i += 1
        yield i
a, b = counter(), counter()
print(next(a), next(a), next(b), next(a))
