# dict(): from kwargs, pairs, mappings, zip, another dict plus kwargs; comparison and repr.
print(dict(), dict(a=1, b=2), dict([("a", 1), ["b", 2]]), dict({"x": 1}, y=2), dict(zip("ab", range(2))))
print(dict([("k", 1), ("k", 2)]), dict({1: 2}.items()), dict(((i, i * i) for i in range(3))))
d = {"nested": {"inner": [1, 2]}, 1: None, (1, 2): "t", 2.5: True}
print(d, repr(d) == str(d))
r = {}
r["self"] = r
print(r)
print({"a": 1} == dict(a=1), {"a": 1} != {"a": 2}, len({}), bool({}), bool({0: 0}))
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print(e)
