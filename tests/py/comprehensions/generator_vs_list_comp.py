# Generator expressions are lazy, list comprehensions are eager; both see late-bound names.
calls = []
def f(x):
    calls.append(x)
    return x
lc = [f(i) for i in range(3)]
print(calls)
calls.clear()
ge = (f(i) for i in range(3))
print(calls)
print(next(ge), calls)
base = 1
g = (base + i for i in range(2))
base = 100
print(list(g))
