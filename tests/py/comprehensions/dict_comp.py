# Dict comprehensions: key/value expressions, filters, duplicate keys (last wins), inversion.
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
d = {"one": 1, "two": 2, "three": 3}
print({v: k for k, v in d.items()})
print({k: v for k, v in d.items() if v % 2})
print({c: "aeiou".count(c) for c in "banana"})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({str(i): [i] * i for i in range(3)})
