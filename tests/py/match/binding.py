# match: captures, as-patterns, or-patterns, guards, wildcards; what is bound after a match and after a failure.
def f(v):
    match v:
        case [1, x] | [x, 1]:
            return f"has a 1 beside {x}"
        case {"a": x} | [x, _, _]:
            return f"x from mapping or triple: {x}"
        case ([a, b] | (a, b, _)) as whole if a == b:
            return f"equal pair in {whole}"
        case (int() | float()) as number:
            return f"number {number}"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case [[_, y] | (y,)]:
            return f"nested or, y={y}"
        case _:
            return "default"
for v in [[1, 5], [5, 1], {"a": 9}, [7, 8, 9], [2, 2], (3, 3, 0), 4, 2.5, "hello", "hi",
          [[0, "y"]], [("only",)], None]:
    print(f(v))

# or-pattern alternatives binding in different orders
match (1, 2):
    case (a, b) | [b, a]:
        print("a", a, "b", b)
match {"p": 1, "q": 2}:
    case {"p": p, "q": q} | {"q": q, "p": p}:
        print("p", p, "q", q)
match [3, 4]:
    case (0, p, q) | [q, p]:
        print("reordered p", p, "q", q)

# a failed case binds nothing; a successful one binds everything
def bindings():
    match [1, 2, "x"]:
        case [a, b, 3]:
            pass
        case [c, d, e]:
            pass
    return sorted(k for k in locals())
print(bindings())

# the guard sees the captures; a failed guard still bound them
match 10:
    case n if n > 100:
        print("big")
    case m:
        print("n =", n, "m =", m)

# the last case may be irrefutable, guard or not
for value in [1, 2]:
    match value:
        case 1:
            print("one")
        case other if other > 5:
            print("big")
        case other:
            print("other", other)

# wildcard default with a guard
for value in [1, 2]:
    match value:
        case 1:
            print("one")
        case _ if value == 2:
            print("two via guarded wildcard")

# the subject is evaluated once
calls = []
def subject():
    calls.append(1)
    return 3
match subject():
    case 1: pass
    case 2: pass
    case 3: print("subject evaluated", len(calls), "time")

# break/continue/return inside case bodies
out = []
for i in range(6):
    match i:
        case 1:
            continue
        case 4:
            break
        case _:
            out.append(i)
print(out)

def early(x):
    while True:
        match x:
            case [y, *_]:
                return y
            case _:
                return None
print(early([5, 6]), early(3))

# closures and class bodies
def outer():
    match (1, 2):
        case (a, b):
            pass
    return lambda: a + b
print(outer()())

class Shape:
    match "square":
        case "square" as kind:
            sides = 4
print(Shape.kind, Shape.sides)

def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield f"{k}={v}"
            case _:
                yield "?"
print(list(gen([("a", 1), 5, ("b", 2)])))

# globals and nonlocals receive captures
g = None
def set_global():
    global g
    match 7:
        case g:
            pass
set_global()
print("g =", g)
def nl():
    r = 0
    def inner():
        nonlocal r
        match [9]:
            case [r]:
                pass
    inner()
    return r
print("nonlocal r =", nl())
