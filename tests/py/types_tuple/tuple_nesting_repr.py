# repr of nested and singleton tuples, tuples containing mutable items, and tuple() of generators.
print((1, (2, (3, (4,)))), ((),), (((),),), ([],), ({},), ("a",), (None,))
t = ([1], [2])
t[0].extend([9])
print(t, len(t), tuple(x * 2 for x in range(3)), tuple(range(0)))
print(str((1, "two")), repr(("x", 1.5, True)))
