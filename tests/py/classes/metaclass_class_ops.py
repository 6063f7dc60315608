# Classes whose metaclass defines no operators still hash, compare, print and sit in dicts/sets like plain classes (ops dispatch through the metaclass).
from abc import ABC
from enum import Enum
class A(ABC): pass
class B(ABC): pass
class C(Enum):
    X = 1
d = {A: 1, B: 2, C: 3}
print(d[A], d[C], A == A, A == B, A != B, hash(A) == hash(A), str(A)[:8], repr(C), sorted([A.__name__, B.__name__]), {A, B, A} == {A, B}, bool(A), A in [B, A], C in {C})
print(type(A).__name__, type(C).__name__, A.__name__, C.__qualname__, isinstance(A, type), callable(A), A.__mro__[1].__name__)
