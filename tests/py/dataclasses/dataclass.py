# dataclasses: generated methods, field options, frozen/order/hash rules, InitVar, KW_ONLY, asdict/astuple/replace and errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, is_dataclass, InitVar, KW_ONLY, make_dataclass
from typing import ClassVar, List
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(1, 3), p == (1, 2), Point.__init__.__qualname__)
print(fields(p)[0].name, [f.name for f in fields(Point)], asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
try:
    Point()
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, z=3)
except TypeError as e:
    print("TypeError", e)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
v = Version(1, 2)
print(v < Version(1, 3), v >= Version(1, 2), sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash(Version(1, 2)))
try:
    v.major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
@dataclass
class Inventory:
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default='s', compare=False)
    total: ClassVar[int] = 10
    def add(self, x):
        self.items.append(x)
        self.count += 1
a, b = Inventory(), Inventory()
a.add(1)
print(a, b, a.count, Inventory.total, [f.name for f in fields(Inventory)], Inventory(secret='x') == Inventory())
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError", e)
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.b = self.a * scale
print(WithPost(2), WithPost(2, 5), WithPost(3, scale=3).b)
@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Child(Base):
    z: int = 2
    x: int = 10
print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])
@dataclass
class Node:
    val: int
    children: List['Node'] = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(astuple(tree))
@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1), NoEq(1).__hash__ is not None)
@dataclass
class Unhash:
    x: int
print(Unhash.__hash__)
@dataclass(unsafe_hash=True)
class H:
    x: int
    y: list = field(default_factory=list, hash=False)
print(hash(H(1)) == hash(H(1, [2])))
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(KW(1, c=5), KW.__match_args__)
try:
    KW(1, 2)
except TypeError as e:
    print("TypeError", e)
@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = 0
print(AllKW(a=1))
M = make_dataclass('M', [('x', int), ('y', int, field(default=5))])
print(M(1), M(1, 2).y)
match Point(1, 2):
    case Point(x, y):
        print("match", x, y)
@dataclass
class Rec:
    me: object = None
r = Rec(); r.me = r
print(r)
print(Point.__doc__, Version.__doc__)
try:
    @dataclass(order=True, eq=False)
    class X:
        a: int
except ValueError as e:
    print("ValueError", e)
try:
    asdict(1)
except TypeError as e:
    print("TypeError", e)
try:
    replace(WithPost(1), b=2)
except ValueError as e:
    print("ValueError", e)
