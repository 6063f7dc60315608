# Keys collapse when equal with equal hashes: 1, 1.0, True; tuples and frozensets as keys.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d), hash(1) == hash(1.0) == hash(True))
d2 = {0: "a", False: "b", 0.0: "c"}
print(d2)
d3 = {(1, 2): "tuple", frozenset({1}): "fs", None: "none", "s": "str", 2.5: "float", -1: "neg"}
print(d3[(1, 2)], d3[frozenset([1])], d3[None], d3[2.5], d3[-1])
for bad in [[1], {1: 2}, {1}]:
    try:
        d3[bad] = 1
    except TypeError as e:
        print(e)
nan = float("nan")
d4 = {nan: 1}
print(d4.get(nan), d4.get(float("nan")))
print({1: "a", 2: "b"} == {2: "b", 1: "a"})
