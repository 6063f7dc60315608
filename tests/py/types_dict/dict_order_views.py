# Dicts keep insertion order; keys/values/items views are live and support set operations.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
d["b"] = 5
print(d)
keys = d.keys()
vals = d.values()
items = d.items()
d["z"] = 26
print(keys, vals, items, len(keys), "z" in keys, 26 in vals, ("z", 26) in items)
print(keys & {"a", "q"}, sorted(keys | {"q"}), sorted(keys - {"a"}), keys ^ {"a", "new"} == {"c", "b", "z", "new"})
print(type(keys).__name__, type(vals).__name__, type(items).__name__)
print(list(reversed(d)), list(reversed(d.items()))[:2])
print(d.keys() == {"a", "c", "b", "z"}, d.items() >= {("a", 1)})
