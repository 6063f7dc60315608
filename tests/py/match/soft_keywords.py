# match: `match`, `case` and `_` are soft keywords: still ordinary names everywhere else.
match = [1, 2]
case = {"x": 1}
_ = "underscore"
print(match, case, _)

def match(*args):
    return ("called match", args)
print(match(1, 2))
print(match (3))
x = match
print(x is match)

class case:
    match = "attribute named match"
    def __init__(self, case):
        self.case = case
c = case(5)
print(case.match, c.case)

def f(match, case=3):
    return match + case
print(f(1), f(match=2, case=2))

match: int = 5
print(match)
match, case = 1, 2
print(match, case)
match += 10
print(match)
match = [1, 2]
match[0] = 99
print(match)
del match
print("deleted")

lst = [1, 2]
match lst:
    case [match, case]:
        print("captured names match and case:", match, case)

match = {"case": "inner"}
match match:
    case {"case": case}:
        print("subject named match, captured case =", case)

_ = 10
match 3:
    case _:
        print("wildcard does not bind _:", _)

print([match for match in range(3)])
print({case: 1 for case in "ab"})
print((lambda match: match * 2)(4))

# nested match statements
for a, b in [(1, 1), (1, 2), (2, 0)]:
    match a:
        case 1:
            match b:
                case 1:
                    print("one-one")
                case case:
                    print("one-then", case)
        case _:
            print("other", a, b)
