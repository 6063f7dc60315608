# yield from delegates to a subgenerator, forwards send/throw, and returns its value.
def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner result"
def outer():
    result = yield from inner()
    print("outer got", result)
    yield "o1"
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(list(g))
def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def from_iterables():
    yield from range(3)
    yield from "ab"
    yield from (x * 10 for x in range(2))
print(list(from_iterables()))
def catcher():
    try:
        yield 1
    except ValueError:
        yield "inner handled"
def delegator():
    yield from catcher()
d = delegator()
next(d)
print(d.throw(ValueError))
def ret_only():
    return 99
    yield
def take():
    v = yield from ret_only()
    yield v
print(list(take()))
