# Set comprehensions: duplicates collapse; printed in sorted order for determinism.
s = {x % 5 for x in range(100)}
print(sorted(s), len(s))
print(sorted({w.lower() for w in ["A", "a", "B", "b", "c"]}))
print(sorted({(x, y) for x in range(3) for y in range(3) if x != y}))
print(type({x for x in ()}).__name__, {x for x in ()})
print({1 for _ in range(10)})
