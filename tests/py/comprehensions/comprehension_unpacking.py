# Comprehensions with tuple unpacking targets, starred targets, and zip/enumerate sources.
pairs = [(1, "a"), (2, "b"), (3, "c")]
print([f"{n}{s}" for n, s in pairs], {s: n for n, s in pairs})
print([first for first, *_ in [[1, 2, 3], [4, 5]]], [rest for _, *rest in [[1, 2, 3], [4, 5]]])
print([(i, x) for i, x in enumerate("xyz") if i != 1])
print([a * b for a, b in zip([1, 2, 3], [4, 5, 6])])
print([x for (x, y), z in [((1, 2), 3), ((4, 5), 6)]])
print({k: v for k, v in sorted({"b": 1, "a": 2}.items())})
