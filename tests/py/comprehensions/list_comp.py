# List comprehensions: filters, transforms, nested loops, multiple conditions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in "ab"])
print([[r * c for c in range(3)] for r in range(3)])
print([c.upper() for c in "hello" if c not in "l"])
print([x if x > 0 else 0 for x in [-2, 5, -1, 3]])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
print([])
print([i for i in []])
