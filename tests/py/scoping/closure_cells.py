# Closures in loops share one cell per variable; default arguments or factories capture values.
def make():
    funcs = []
    for i in range(3):
        funcs.append(lambda: i)
    return funcs
print([f() for f in make()])
def make_fixed():
    def factory(n):
        return lambda: n
    return [factory(i) for i in range(3)]
print([f() for f in make_fixed()])
def shared():
    x = 0
    def get(): return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
get, set_ = shared()
set_(42)
print(get())
def late():
    f = lambda: y
    y = "assigned after the lambda"
    return f()
print(late())
