# Display literals: lists, tuples, dicts, sets, nesting, trailing commas, starred.
print([], [1], [1, 2,], (), (1,), (1, 2), {}, {1: 2}, {3})
t = 1, 2, 3
print(t, type(t).__name__)
print([*range(3), *"ab"], (*[1, 2], 3), {**{"a": 1}, "b": 2})
print(sorted({*[3, 1], *(2,)}))
print([[1, [2, [3]]], {"x": (4, 5)}])
print(type({}).__name__, type(set()).__name__)
