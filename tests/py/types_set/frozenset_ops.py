# frozenset: immutability, hashability, use as dict keys and set members, mixed ops with set.
f = frozenset([3, 1, 2])
print(sorted(f), len(f), 2 in f, type(f | {4}).__name__, type({4} | f).__name__, type(f & {1}).__name__)
print(f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})), frozenset(), frozenset("aa"))
d = {f: "value"}
print(d[frozenset([1, 2, 3])])
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested))
try:
    f.add(4)
except AttributeError as e:
    print(e)
print(sorted(f.union([9])), f.issubset(range(10)), f.copy() == f)
print(repr(frozenset({5})), repr({5}), repr(set()), repr(frozenset()))
