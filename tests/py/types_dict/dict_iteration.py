# Iterating dicts: keys by default, items unpacking, modification during iteration raises.
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}")
print(sum(d.values()), max(d, key=d.get), sorted(d, key=lambda k: -d[k]))
print({v: k for k, v in d.items()})
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e)
print(d)
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
it = iter({"a": 1})
print(next(it))
d2 = {"x": 1}
for k in d2:
    d2[k] = 99
print(d2)
