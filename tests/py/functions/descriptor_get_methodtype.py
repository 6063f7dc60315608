# Functions are descriptors (__get__ binds them) and types.MethodType(func, obj) makes a bound method.
import types
def f(self, x=1):
    return (type(self).__name__, x)
class C:
    pass
c = C()
m = f.__get__(c)
print(m(), m(5), m.__self__ is c, m.__func__ is f, hasattr(f, '__get__'))
print(f.__get__(None, C) is f)
mt = types.MethodType(f, c)
print(mt(2), type(mt) is type(m), mt == m)
c.bound = types.MethodType(f, c)
print(c.bound(3))
for bad in (lambda: f.__get__(None), lambda: f.__get__(None, None), lambda: types.MethodType(3, c), lambda: types.MethodType(f, None), lambda: types.MethodType(f)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
