# Comparisons between mixed types: numbers, sequences, and unorderable pairs.
print(1 < 1.5, 2.0 == 2, True == 1, False < 1, 1 == 1 + 0j)
print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] == [])
print((1, 2) == (1, 2), (1, 2) == [1, 2], "1" == 1, None == None, None == 0)
print(b"a" < b"b", b"abc" == b"abc", b"a" == "a")
print({1, 2} < {1, 2, 3}, {1} <= {1}, {1, 2} > {2}, {1} == frozenset([1]))
print({"a": 1} == {"a": 1}, {"a": 1} == {"a": 1.0}, {"a": 1} != {"b": 1})
print(float("nan") == float("nan"), float("inf") > 10 ** 300)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308)
pairs = [(1, "a"), ("a", 1), ([], ()), (None, 0), ({}, {}), (1j, 2j), ((1,), [1])]
for a, b in pairs:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print([1, "a"] == [1, 2])
