# is / is not / in / not in across containers and strings.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True)
print(2 in [1, 2, 3], 4 not in (1, 2), "ell" in "hello", "" in "abc", "z" in "abc")
print(1 in {1: "a"}, "a" in {1: "a"}, 3 in {1, 2, 3}, 2 in range(5), 10 in range(0, 20, 3))
print(1.0 in [1], True in [1], (1, 2) in [(1, 2)], [1] in [[1]])
print(b"b" in b"abc", 98 in b"abc")
nan = float("nan")
print(nan in [nan], nan == nan)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
