# Every construct the parser supports, one or more lines each. The AST CPython
# 3.11 builds for this file, with positions, is in constructs.expected
# (regenerate: python3 tools/pydump.py tests/data/constructs.py --locs).
x = -2**2; y = 2**-1; z = -~+x; w = not not x
a = b = c = 1, 2
a, *b = 1, 2, 3
[a, [b, *c]] = d
(a, b), c = d
for x, in y: pass
for (x, y) in z: pass
for x in 1, 2: pass
for x in *a, *b: pass
x = [*a, *b]; y = {*a}; z = (*a,); w = *a, b
print(*a, sep='')
f(a)(b)[c].d(e=1, **k)
f(x for x in y)
f(*a, *b, c=1, **d, **e)
f(a, *b, c, d=1, *e, **f)
f(a=1, *b)
x = a if b else c if d else e
x = lambda: 0
x = lambda *a, **k: 0
x = lambda a, /, b, *, c: 0
x = lambda a=1, *, b=lambda: 2: 0
x = (yield)
def g():
    x = yield
    y = yield 1, 2
    z = yield from w
    yield
    await_ = 1
    return 1, 2
    return *a, b
x = a < b <= c != d == e > f >= g is h is not i in j not in k
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
x = a or b and not c
x = a[1:2, ::3]; x = a[:]; x = a[::]; x = a[1:]; x = a[:2]; x = a[::2]; x = a[1:2:3]
x = a[1,]; x = a[1, 2]; x = a[*b]; x = a[b:=1]; x = a[...]
x = {}; x = {1: 2}; x = {1: 2,}; x = {**a}; x = {1: 2, **a, 3: 4}
x = {1}; x = {1,}; x = {1, 2}
x = [x for x in y]; x = {x for x in y}; x = {k: v for k, v in y}; x = (x for x in y)
x = [x for x in y if a if b for z in w if c]
x = [(yield) for x in y] if 0 else 0
x = ()
x = (1)
x = (1,)
x = (1, 2,)
if (n := 10) > 5: pass
while (line := f()): pass
[y := f(x), y**2]
f(y := 1)
x = "a" 'b' """c""" '''d'''
x = b"a" b'b'
x = f"a" "b" f"{c}"
x = r"\n" R"\t"; x = rb"\x" Br"\y"; x = u"x" U"y" F"{x}" fR"\{x}"
x = "\x41\101\u00e9\U0001F600\N{BULLET}\
continued"
x = b"\x41\101\n\\"
x = f"{x!r}" f"{x!s}" f"{x!a}" f"{x:>10}" f"{x:{w}.{p}}" f"{{}}" f"{x=}" f"{x = }" f"{x=:>10}" f"{x=!s}"
x = f"{'a'}" f'{"a"}' f"""{'''a'''}""" f"{x:%H:%M}" f"{a['b']}" f"{ {1: 2}[1] }" f"{(lambda: 1)()}"
x = f"""{x
 + 1}""" if 0 else 0
x = 0x_ff + 0X1 + 0o_7 + 0O7 + 0b_1 + 0B1 + 1_0 + 1_0.0_1 + 1e1_0 + 1E-5 + 1.e5 + 0.0 + 00 + 0_0 + 0e0 + 0j + 1_0j
x = 1. + .1 + 1.5j + 9999999999999999999999 + 0xffffffffffffffffffff + 0o777777777777777777777777 + 0b1111111111111111111111111111111111111111111111111111111111111111
x = 9223372036854775807 + 9223372036854775808 + 1e400 + 1e-400
x = 1if 1else 2
x = [1for x in y]
x = a.b.c
x = ...
x: int
x: int = 1
self.x: int = 1
(x): int = 1
a[0]: int
x: list[int] = []
x = 1;
x = 1; y = 2;
del a, b[0], c.d
del (a, b), [c, d]
del (a)
assert x
assert x, y
raise
raise X
raise X from Y
global a, b
import a, b.c, d.e as f
from a import b
from a import b as c, d
from a import (b, c)
from a import (b as c, d,)
from . import a
from .. import a
from ... import a
from .... import a
from .a.b import c
from ...a import *
from a import *
with a: pass
with a as b: pass
with a as b, c as d: pass
with (a, b): pass
with (a, b) as c: pass
with (a) as b: pass
with (a as b): pass
with (a as b, c as d,): pass
with (a, b as c): pass
with a as (b, c): pass
with a as [b, c]: pass
with a as b.c: pass
with a as b[0]: pass
with (yield): pass
@a
@a.b
@a.b(c)
@(lambda f: f)
@x[0]
def f(a: int, b: str = "x", *args: int, c, d: int = 1, **kwargs: dict) -> None:
    """doc"""
    pass
def f(a, b, /): pass
def f(a, b=1, /, c=2, *, d, e=3, **f): pass
def f(*, a): pass
def f(*a): pass
def f(**a): pass
def f(a,): pass
def f(a, *, b,): pass
def f(): return
class A: pass
class A(): pass
class A(B): pass
class A(B, C, metaclass=M, **kw): pass
class A(*bases): pass
class A:
    x = 1

    def f(self):
        pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
while a:
    break
else:
    continue
try:
    pass
except:
    pass
try:
    pass
except A:
    pass
except (A, B) as e:
    pass
except A as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
if x:
	pass
if x:
        pass
if x: pass; pass
if x:  # comment
    # comment
    pass  # comment

# comment
    # indented comment
def f():
    def g():
        def h():
            pass
        return h
    return g
x = [
    1,
    2,
]
x = (1 +
     2)
x = 1 + \
    2
if a and \
   b:
    pass
x = a.__class__
x = print
x = not a == b
x = -a ** -b
x = (-a) ** b
x = a ** b ** c
x = ~a.b[c](d)
x = a if b else lambda: c
x = [lambda: x for x in y]
x = (a for b in c for d in e)
x = [i for i in range(10) if i % 2 == 0]
print(f"{'nested'!r:^{width}}")
x = '\''
x = "\""
x = ''
x = """"a" """
x = ''''a' '''
x = 'a' \
    'b'
