# Set algebra with operators and methods: union, intersection, difference, symmetric difference, subsets.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection([2, 3], (3, 2))), sorted(a.difference([1], {2})), sorted(a.symmetric_difference([4, 6])))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a, {1}.issubset(a), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint(b))
print(a == {4, 3, 2, 1}, a != b, len(a), 3 in a, 9 not in a)
try:
    a | [1]
except TypeError as e:
    print(e)
print(sorted(set("hello")), sorted(set([3, 1, 3])), set(), len(set(range(100)) & set(range(50, 150))))
