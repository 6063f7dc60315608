# id() uniqueness among live objects and hash() for hashable builtins (deterministic values only).
a, b = [], []
print(id(a) != id(b), id(a) == id(a))
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 30) == hash(10 ** 30 % (2 ** 61 - 1)), hash(1.0), hash(0.5), hash(-0.5))
print(hash(True), hash(None) == hash(None), hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
print(hash("abc") == hash("ab" + "c"), hash(b"x") == hash(b"x"), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print(e)
