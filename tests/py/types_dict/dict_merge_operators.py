# Dict union operators | and |=, and ** unpacking merges; later keys win but keep first position.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
a |= b
print(a)
a |= [("w", 0)]
print(a)
print({**b, **{"x": 0}, "y": "literal"})
try:
    {} | [("k", 1)]
except TypeError as e:
    print(e)
