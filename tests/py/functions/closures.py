# Closures capture variables, not values; late binding in loops; cells shared between closures.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc(), get())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(outer()())
def make_adders():
    return [lambda y, k=k: y + k for k in range(3)]
print([a(10) for a in make_adders()])
def deep():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()()
print(deep())
c1 = counter()[0]
c2 = counter()[0]
print(c1(), c1(), c2())
