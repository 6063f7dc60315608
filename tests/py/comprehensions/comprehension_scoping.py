# Comprehension variables do not leak; the outermost iterable is evaluated in the enclosing scope.
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
y = 10
print([y + i for i in range(3)])
def f():
    n = 3
    return [n * i for i in range(n)]
print(f())
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(C.doubled)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print(e)
print([z for z in range(2)], "z" in dir())
def g():
    items = [1, 2]
    return {k: [items[j] for j in range(k)] for k in range(3)}
print(g())
