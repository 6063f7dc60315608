# Comprehensions nested inside comprehensions and mixing kinds.
grid = [[(r, c) for c in range(2)] for r in range(2)]
print(grid)
print({r: {c for c in range(r)} for r in range(4)})
print([sum(x for x in row) for row in [[1, 2], [3, 4, 5]]])
words = ["apple", "banana", "cherry"]
print({w[0]: [c for c in w if c in "aeiou"] for w in words})
print([[y for y in range(x)] for x in range(4)])
flat = [n for sub in [[1, [2]], [3]] for n in sub]
print(flat)
print(sorted({frozenset(range(i)) for i in range(3)}, key=len))
