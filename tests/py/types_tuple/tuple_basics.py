# Tuples: construction, singletons, packing/unpacking, indexing, slicing, immutability, methods.
t = (1, "two", 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], (), (1,), tuple("ab"), tuple([1, 2]), tuple())
print(t.count(1), (1, 2, 1).count(1), (1, 2, 3).index(3), (1, 2, 1).index(1, 1))
t[3].append(5)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print(e)
try:
    del t[0]
except TypeError as e:
    print(e)
a, b = 1, 2
print(a, b, (1, 2) + (3,), (1,) * 3, 2 in (1, 2), (1, 2) < (1, 2, 0), (1, 2) == (1, 2))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "ok"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
print(type(()).__name__, (1) == 1, type((1)).__name__, type((1,)).__name__)
print(tuple(range(3)) == (0, 1, 2), max((3, 9, 2)), sorted((3, 1, 2)))
x = (1, 2, 3)
y = x[:]
print(y == x)
print(repr((1,)), repr(("a", ("b",))), str((None, True)))
