# typing: alias reprs, get_origin/get_args, Generic, NamedTuple, TypedDict, Protocol, NewType, overload, get_type_hints.
from typing import *
import typing
T = TypeVar('T')
K = TypeVar('K', bound=int)
Co = TypeVar('Co', covariant=True)
print(T, K, Co, K.__bound__, T.__name__)
print(List, List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, None, str], Union[int], Union[int, Union[str, int]])
print(Tuple[int, ...], Tuple[()], Tuple[int, str], Callable[[int, str], bool], Callable[..., int], Set[T], FrozenSet[int])
print(Literal['a', 1], ClassVar[int], Final[str], Annotated[int, 'meta'], Type[int], Iterable[int], Sequence[str], Any)
print(Optional[int] == Union[int, None], List[int] == List[int], Union[int, str] == Union[str, int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_args(Callable[[int], str]), get_origin(int))
print(isinstance([], List), isinstance({}, typing.Mapping), isinstance(3, typing.Iterable))
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError", e)
class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack.__parameters__, Stack[int], type(s).__name__, Stack.__mro__[1].__name__)
class Pair(Generic[K, T]): pass
print(Pair[int, str], Pair.__parameters__)
class Employee(NamedTuple):
    name: str
    id: int = 3
    def greet(self):
        return 'hi ' + self.name
e = Employee('guido')
print(e, e.greet(), Employee._fields, Employee._field_defaults, Employee.__annotations__, isinstance(e, tuple))
E2 = NamedTuple('E2', [('a', int), ('b', str)])
print(E2(1, 'x'))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='Blade Runner', year=1982)
print(m, type(m).__name__, Movie.__required_keys__ == frozenset({'name', 'year'}), Movie.__total__)
class Partial(TypedDict, total=False):
    x: int
print(Partial(), Partial.__optional_keys__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), isinstance(3, SupportsInt), isinstance('s', SupportsInt))
class P2(Protocol):
    def meth(self) -> int: ...
try:
    isinstance(1, P2)
except TypeError as e:
    print("TypeError", e)
try:
    P2()
except TypeError as e:
    print("TypeError", e)
UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__)
print(cast(int, 'x'), cast('List[int]', 3))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(3))
def g(a: int, b: 'str' = 'x') -> Optional[int]: pass
print(get_type_hints(g))
class C:
    x: int
    y: 'List[int]'
print(get_type_hints(C))
@final
class Fin: pass
print(Fin.__final__, TYPE_CHECKING, Text, AnyStr)
try:
    Union[()]
except TypeError as e:
    print("TypeError", e)
try:
    Any()
except TypeError as e:
    print("TypeError", e)
try:
    List()
except TypeError as e:
    print("TypeError", e)
class MyList(List[int]):
    pass
print(MyList([1, 2]), MyList.__mro__[1], MyList.__orig_bases__)
x: Dict[str, List[int]] = {'a': [1]}
print(x, __annotations__)
