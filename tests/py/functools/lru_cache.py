# lru_cache: hits/misses, maxsize eviction, typed, cache_clear, cache and cached_property.
from functools import lru_cache, cache, cached_property
calls = []
@lru_cache(maxsize=2)
def f(x):
    calls.append(x)
    return x * 10
print(f(1), f(2), f(1), f(3), f(2))
print(calls, f.cache_info())
f.cache_clear(); print(f.cache_info())
print(f.cache_parameters(), f.__name__)
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@lru_cache(maxsize=None, typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t.cache_info())
@lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1); print(z.cache_info())
@cache
def sq(x, y=1):
    return x * x * y
print(sq(3), sq(3), sq(3, y=2), sq.cache_info())
try:
    lru_cache('x')
except TypeError as e:
    print("TypeError", e)
class C:
    def __init__(self):
        self.n = 0
    @cached_property
    def value(self):
        self.n += 1
        return 42
c = C()
print(c.value, c.value, c.n, 'value' in c.__dict__)
print(type(C.value).__name__)
class M:
    @lru_cache(maxsize=None)
    def m(self, x):
        return x + 1
print(M().m(1))
