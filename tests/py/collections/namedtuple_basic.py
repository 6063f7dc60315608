# namedtuple: fields, repr, _make/_asdict/_replace, defaults, rename and errors.
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], tuple(p), len(p))
print(Point._fields, Point._make([3, 4]), p._asdict(), p._replace(x=10))
print(Point.__name__, Point.__doc__, Point.x.__doc__, isinstance(p, tuple))
print(Point.__module__, repr(Point))
x, y = p
print(x + y, p == (1, 2), hash(p) == hash((1, 2)))
P3 = namedtuple('P3', 'a b c', defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults)
R = namedtuple('R', ['abc', 'def', 'abc', '_x', '1y'], rename=True)
print(R._fields)
S = namedtuple('S', 'a, b')
print(S(b=1, a=2))
for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point._make([1]),
            lambda: p._replace(z=1), lambda: namedtuple('T', 'a a'),
            lambda: namedtuple('T', 'class'), lambda: namedtuple('T', '_a'),
            lambda: namedtuple('1T', 'a'), lambda: namedtuple('T', 'a', defaults=(1, 2)),
            lambda: Point(1, 2, z=3)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class Sub(namedtuple('Base', 'a b')):
    def total(self):
        return self.a + self.b
s = Sub(3, 4)
print(s, s.total(), Sub._fields)
print(Point(x=[1], y={2: 3}))
match p:
    case Point(a, b):
        print("matched", a, b)
