# TypeError messages for bad calls, exactly as CPython 3.11 words them.
def f(a, b):
    pass
def g(a, b=1, *, c):
    pass
def h():
    pass
def v(a, *args):
    pass
def kw(*, k):
    pass
class C:
    def m(self, x):
        pass
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=1),
    lambda: f(1, 2, a=1),
    lambda: g(1),
    lambda: g(1, 2, 3, c=1),
    lambda: h(1),
    lambda: h(x=1),
    lambda: v(),
    lambda: kw(1),
    lambda: kw(),
    lambda: kw(k=1, j=2),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: f(**{"a": 1, "b": 2, "c": 3}),
    lambda: f(*[1], **{"a": 2}),
    lambda: (lambda x: x)(),
    lambda: f(1, *5),
    lambda: f(1, **[]),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
