# min() and max(): iterables, multiple arguments, key, default, ties (first wins), errors.
print(max([3, 1, 4]), min([3, 1, 4]), max(3, 1, 4), min("hello"), max("apple", "pear", key=len))
print(max([], default="none"), min((), default=0), max([5], default=9))
print(max(["aa", "b", "cc"], key=len), min(["aa", "b", "cc", "d"], key=len))
print(max([(1, "b"), (1, "a")]), max({"x": 3, "y": 9}, key=lambda k: {"x": 3, "y": 9}[k]))
print(max(1, 2.5, True), min(-1, -1.0), max([1, 1.0]), max([1.0, 1]))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max([1, "a"]), lambda: max(1, 2, default=0)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
