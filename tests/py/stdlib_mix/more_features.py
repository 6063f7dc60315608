# More features across modules: dataclass slots, generic Protocol/Generic aliases, partial/partialmethod, tee, enum str/format overrides, singledispatch registry.
from dataclasses import dataclass, field, fields, asdict
from typing import Protocol, TypeVar, Generic, Iterator, runtime_checkable
import functools, itertools, enum
@dataclass(slots=True)
class S:
    a: int
    b: str = 'x'
s = S(1)
print(s, S.__slots__, hasattr(S, '__dataclass_fields__'))
T = TypeVar('T')
@runtime_checkable
class SupportsNext(Protocol[T]):
    def __next__(self) -> T: ...
print(isinstance(iter([]), SupportsNext), SupportsNext[int])
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
b = Box[int](3)
print(b.get(), Box[str], b.__orig_class__)
p = functools.partial(print, sep='-')
p(1, 2, 3)
class A:
    def m(self, x, y):
        return x + y
    pm = functools.partialmethod(m, 10)
print(A().pm(5))
it = itertools.count()
print(next(it), next(it), list(itertools.islice(it, 3)))
a, b2 = itertools.tee(range(5), 2)
print(list(zip(a, b2)))
class Color(enum.Enum):
    RED = 'r'
    def __str__(self):
        return 'custom ' + self.value
print(Color.RED, f"{Color.RED}", repr(Color.RED))
class Shape(enum.IntEnum):
    CIRCLE = 1
print(Shape.CIRCLE == 1, Shape.CIRCLE + 1, f"{Shape.CIRCLE:03d}", hash(Shape.CIRCLE) == hash(1), {1: 'a'}[Shape.CIRCLE])
@functools.singledispatch
def fmt(x):
    return 'obj'
@fmt.register
def _(x: int):
    return 'int'
@fmt.register(float)
@fmt.register(complex)
def _(x):
    return 'num'
print(fmt(1), fmt(1.0), fmt(1j), fmt('s'), sorted(t.__name__ for t in fmt.registry))
