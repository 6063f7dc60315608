# functools.partial (with repr), reduce and wraps/update_wrapper.
import functools
from functools import partial, reduce, wraps
p = partial(int, base=2)
print(p('101'), p.func, p.args, p.keywords, repr(p))
q = partial(max, 1, 2)
print(q(5), q(), repr(q))
pp = partial(q, 7, key=abs)
print(repr(pp), pp(-9))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
try:
    partial(3)
except TypeError as e:
    print("TypeError", e)
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        "inner doc"
        return f(*a, **k) * 2
    return inner
@deco
def double(x):
    "double's doc"
    return x
print(double(4), double.__name__, double.__doc__, double.__wrapped__.__name__)
def g(): pass
g.extra = 1
def h(): pass
functools.update_wrapper(h, g)
print(h.__name__, h.extra, h.__wrapped__ is g)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
class MyPartial(partial):
    pass
print(repr(MyPartial(max, 3)))
