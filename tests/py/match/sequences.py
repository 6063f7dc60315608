# match: sequence patterns over list/tuple/range, star captures, nesting; str/bytes/dict are not sequences.
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [x, y]:
            return f"two {x!r} {y!r}"
        case (first, *middle, last) if middle:
            return f"first {first!r} middle {middle!r} last {last!r}"
        case [_, _, *_]:
            return "three or more (short middle)"
        case _:
            return f"not a sequence: {type(v).__name__}"

for v in [[], [1], (1,), [1, 2], (1, 2), range(2), range(5), [1, 2, 3], (1, 2, 3, 4),
          "ab", "a", b"ab", bytearray(b"xy"), {1: 2, 3: 4}, {1, 2}, iter([1, 2]), 12]:
    print(repr(v) if not hasattr(v, "__next__") else "iterator", "->", seq(v))

class MyList(list):
    pass
match MyList([7, 8]):
    case [a, b]:
        print("list subclass", a, b)

# star captures are always lists
match (1, 2, 3):
    case [*head, tail]:
        print("head", head, "tail", tail, type(head).__name__)
match range(4):
    case [0, *rest]:
        print("range rest", rest)
match [1, 2, 3]:
    case [*_, 3]:
        print("ends with 3")
match []:
    case [*everything]:
        print("star on empty", everything)

# nested sequences
def nested(v):
    match v:
        case [[a, b], [c, d]]:
            return a * d - b * c
        case [[a, b], (c, *more)]:
            return f"a={a} b={b} c={c} more={more}"
        case _:
            return None
print(nested([[1, 2], [3, 4]]), nested([[1, 2], (3, 4, 5)]), nested([[1], [2]]))

# tuple pattern syntax variants
for v in [(1, 2), [1, 2], (1, 2, 3)]:
    match v:
        case 1, 2:
            print(v, "open sequence")
        case (1, 2, 3):
            print(v, "paren sequence")

# the subject can be a tuple expression
x, y = 3, 4
match x, y:
    case (3, z):
        print("subject tuple, z =", z)
match *[1, 2], 3:
    case [1, 2, 3]:
        print("starred subject")

# a str is not matched as a sequence even of length 1
match "x":
    case [c]:
        print("wrong")
    case str():
        print("str is not a sequence")
