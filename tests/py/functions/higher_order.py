# Functions taking and returning functions: compose, partial application by closure, currying.
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def partial(f, *pargs, **pkw):
    def p(*args, **kw):
        return f(*pargs, *args, **{**pkw, **kw})
    return p
def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"
hello = partial(greet, "Hello")
print(hello("Ann"), hello("Bob", punct="?"), partial(greet, punct=".")("Hi", "Cy"))
def curry(f, n):
    def c(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: c(*args, *more)
    return c
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1, 2, 3))
print(list(map(compose(str, dbl), range(4))))
