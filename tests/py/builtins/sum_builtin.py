# sum(): ints, floats, start values, lists concatenated with start=[], and error for strings.
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum(x * x for x in range(4)), sum([True, True]), sum([], start=5))
print(sum([10 ** 20, 10 ** 20]), sum([1e308, 1e308]), sum([2 ** 62, 2 ** 62, 2 ** 62]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(e)
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
