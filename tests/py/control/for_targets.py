# for-loop targets: tuples, nested unpacking, starred, attributes and subscripts.
for a, b in [(1, 2), (3, 4)]:
    print(a, b)
for i, (x, y) in enumerate([("a", "b"), ("c", "d")]):
    print(i, x, y)
for first, *rest in [[1, 2, 3], [4]]:
    print(first, rest)
d = {}
for d["k"] in range(3):
    pass
print(d)
class O: pass
o = O()
for o.v in "xyz":
    pass
print(o.v)
lst = [0, 0]
for lst[0] in [5, 6]:
    pass
print(lst)
for i in range(3):
    pass
print("i after loop", i)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
