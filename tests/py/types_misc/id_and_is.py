# id() and is: identity is stable for an object's lifetime; distinct live objects differ.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, isinstance(id(a), int))
x = object()
ids = {id(x) for _ in range(3)}
print(len(ids))
live = [object() for _ in range(50)]
print(len({id(o) for o in live}))
print(None is None, True is True, ... is ...)
def f():
    return a
print(f() is a)
