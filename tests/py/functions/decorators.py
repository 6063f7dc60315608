# Decorators: plain, with arguments, stacked (applied bottom-up), class decorators.
def trace(f):
    def wrapper(*args, **kwargs):
        print("call", f.__name__, args)
        return f(*args, **kwargs)
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3))
def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
def tag(t):
    def deco(f):
        def w():
            return "<%s>%s</%s>" % (t, f(), t)
        return w
    return deco
@tag("b")
@tag("i")
def text():
    return "t"
print(text())
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class A: pass
@register
class B: pass
print(registry)
def replace(f):
    return 42
@replace
def gone(): pass
print(gone)
order = []
def d1(f):
    order.append("d1")
    return f
def d2(f):
    order.append("d2")
    return f
@d1
@d2
def both(): pass
print(order)
@(lambda f: f)
def expr_deco(): return "expr decorator"
print(expr_deco())
