# dict methods: get/setdefault/pop/popitem/update/fromkeys/copy/clear and their defaults.
d = {"a": 1}
print(d.get("a"), d.get("x"), d.get("x", 0), d.setdefault("a", 9), d.setdefault("b", 2), d.setdefault("n"), d)
print(d.pop("a"), d.pop("x", "dflt"), d)
try:
    d.pop("x")
except KeyError as e:
    print("KeyError", e)
d = {"p": 1, "q": 2, "r": 3}
print(d.popitem(), d.popitem(), d)
d.update({"s": 4})
d.update([("t", 5)], u=6)
d.update(v=7)
d.update(zip("wx", [8, 9]))
print(d)
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys([]))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
c = d.copy()
c["p"] = "changed"
print(d["p"], c["p"])
c.clear()
print(c, len(d))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    d.update([1, 2])
except TypeError as e:
    print(e)
try:
    d.update([("a", 1, 2)])
except ValueError as e:
    print(e)
