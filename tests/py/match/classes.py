# match: class patterns: __match_args__, keyword sub-patterns, builtin self-matching, and their TypeErrors.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Plain:
    def __init__(self):
        self.a = 1

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=5):
            return f"3d at z=5 ({x}, {y})"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point():
            return "some point"
        case Plain(a=1):
            return "plain with a=1"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 3), Point(4, 0), Point(1, 1), Point3(0, 0, 0), Point3(1, 2, 5),
          Point3(1, 2, 3), Plain(), 5]:
    print(where(p))

# builtins match themselves with one positional sub-pattern
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i > 100:
            return f"big int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b) | bytearray(b):
            return f"bytes-like {b!r}"
        case list(l) | tuple(l):
            return f"list/tuple of {len(l)}"
        case dict(d):
            return f"dict {sorted(d)}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case _:
            return "other"
for v in [True, 500, 5, 1.5, "s", b"b", bytearray(b"ba"), [1], (1, 2), {"k": 1}, {1}, frozenset(), None]:
    print(kind(v))

class MyInt(int):
    pass
match MyInt(7):
    case int(n):
        print("int subclass matches itself:", n)

# missing attribute: no match (not an error)
class Sparse:
    __match_args__ = ("present", "absent")
    present = 1
match Sparse():
    case Sparse(1, _):
        print("wrong")
    case Sparse(1):
        print("only the present attribute")

# dotted class names
class NS:
    P = Point
match Point(2, 3):
    case NS.P(x, y):
        print("dotted class", x, y)

# errors
def attempt(label, f):
    try:
        f()
    except TypeError as e:
        print(label, "TypeError:", e)

def too_many():
    match Point(1, 2):
        case Point(a, b, c):
            pass
attempt("too many", too_many)

def self_two():
    match 5:
        case int(a, b):
            pass
attempt("int two", self_two)

def plain_positional():
    match Plain():
        case Plain(a):
            pass
attempt("plain", plain_positional)

def not_a_type():
    f = len
    match 1:
        case f():
            pass
attempt("not a type", not_a_type)

class BadArgs:
    __match_args__ = ["a"]
def bad_match_args():
    match BadArgs():
        case BadArgs(a):
            pass
attempt("list match args", bad_match_args)

class BadElem:
    __match_args__ = (1,)
def bad_elem():
    match BadElem():
        case BadElem(a):
            pass
attempt("bad element", bad_elem)

def repeated():
    match Point(1, 2):
        case Point(x, x=1):
            pass
attempt("repeated", repeated)

# positional/keyword errors only come up for instances
match 5:
    case Point(a, b, c):
        print("wrong")
    case _:
        print("no error when isinstance fails")
