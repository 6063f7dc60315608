# zip(): shortest wins, many iterables, zero iterables, strict mode, unzip with *.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(10), "xyz")))
pairs = [(1, "a"), (2, "b")]
nums, letters = zip(*pairs)
print(nums, letters)
print(dict(zip("abc", range(3))))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(e)
z = zip(iter([1, 2, 3]), iter([4, 5]))
print(next(z), list(z))
try:
    zip(1)
except TypeError as e:
    print(e)
