# match: literal and value patterns (ints, floats, complex, strings, bytes, None/True/False, dotted names).
class Consts:
    ANSWER = 42
    NAME = "garter"
    class Inner:
        PI = 3.14

def classify(v):
    match v:
        case 0:
            return "int zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus half"
        case 1+2j:
            return "complex 1+2j"
        case -3-4j:
            return "complex -3-4j"
        case 5j:
            return "imaginary 5j"
        case "hello" "world":
            return "concatenated string"
        case b"raw":
            return "bytes"
        case Consts.ANSWER:
            return "the answer"
        case Consts.NAME:
            return "the name"
        case Consts.Inner.PI:
            return "pi"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return f"other {v!r}"

for v in [0, 0.0, -1, 2.5, -0.5, 1+2j, -3-4j, 5j, "helloworld", b"raw", 42, "garter",
          3.14, None, True, False, 1, "raw", [], 7]:
    print(repr(v), "->", classify(v))

# 1 == True, so `case 1` matches True; `case True` needs identity.
def one(v):
    match v:
        case True:
            return "is True"
        case 1:
            return "equals 1"
    return "no match"
print(one(1), one(True), one(1.0), one(2))

# Equality uses __eq__ of the subject's side too.
class AlwaysEqual:
    def __eq__(self, other):
        return True
match AlwaysEqual():
    case 12345:
        print("AlwaysEqual matched 12345")

# No case matches: nothing happens.
match 99:
    case 1 | 2:
        print("unreachable")
print("done")
