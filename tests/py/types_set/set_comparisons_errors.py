# Set comparisons are subset tests (not total orders); set methods accept any iterable but operators do not.
a, b = {1, 2}, {2, 3}
print(a < b, a > b, a == b, a <= b, sorted([{3}, {1, 2}, {2}], key=sorted))
print(sorted(a.union([0])), a.issubset([1, 2, 3]), a.isdisjoint((5,)))
for bad in [lambda: a & [2], lambda: a - (1,), lambda: a <= [1, 2]]:
    try:
        bad()
    except TypeError as e:
        print(e)
