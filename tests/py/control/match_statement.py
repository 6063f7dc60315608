# match statement: literals, captures, sequences, mappings, classes, guards, or-patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case [x, y]:
            return f"pair {x} {y}"
        case [x, *rest]:
            return f"seq head {x} rest {rest}"
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x, y):
            return f"point {x} {y}"
        case str() as s:
            return f"other string {s}"
        case None:
            return "none"
        case _:
            return "default"
for v in [0, 2, "hello", [1, 2], [1, 2, 3], (9,), {"type": "circle", "r": 5, "extra": 1},
          Point(0, 0), Point(3, 3), Point(1, 2), "zzz", None, 4.5]:
    print(describe(v))
