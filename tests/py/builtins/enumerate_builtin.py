# enumerate(): default and custom start, negative start, over iterators, laziness, unpacking.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=10):
    print(i, a, b)
e = enumerate(x * 2 for x in range(3))
print(next(e), list(e))
print(type(enumerate([])).__name__, dict(enumerate("xy")))
print(list(enumerate("a", 2 ** 70)))
