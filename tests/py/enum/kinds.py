# Enum, IntEnum, StrEnum, Flag, IntFlag: reprs, str/format, lookup, errors and the functional API.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    ALIAS = 1
class Num(IntEnum):
    ONE = 1
    TWO = 2
class Mix(int, Enum):
    A = 1
class Perm(Flag):
    R = auto(); W = auto(); X = auto()
class IP(IntFlag):
    R = 4; W = 2; X = 1
class S(StrEnum):
    A = auto(); B = 'bee'
for v in [Color.RED, Num.ONE, Mix.A, Perm.R | Perm.W, Perm(0), IP.R | IP.W, IP(0), S.A, Perm.R|Perm.W|Perm.X, ~Perm.R, IP(8)]:
    print(repr(v), str(v), f"{v}", format(v, ''))
print(Color, Perm, repr(Color), list(Color), len(Color), Color.__members__)
for t in ["1 in Color", "Color.RED < Color.GREEN", "Color(99)", "Color['X']", "Perm(8)", "Color.RED.__class__.__mro__"]:
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, e)
try:
    class C2(Color): pass
except TypeError as e: print(e)
try:
    Color.RED = 3
except AttributeError as e: print(e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e: print(e)
print(list(Perm.R | Perm.X), len(Perm.R|Perm.W), Perm.R in (Perm.R|Perm.W), bool(Perm(0)), hash(Color.RED) == hash('RED'))
print(Color.RED.name, Color.RED.value, Color(1), Color['GREEN'], Num.ONE + 1, Num.TWO == 2, type(Num.ONE + 1))
A = Enum('A', 'x y z'); print(list(A), A.x.value, repr(A))
B = Enum('B', [('p', 5), ('q', 6)]); print(list(B))
print(type(Color).__name__, Color.RED is Color.ALIAS)
print(dir(Color.RED))
