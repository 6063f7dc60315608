# Iterating while mutating: list append during iteration, dict size change error.
lst = [1, 2, 3]
for x in lst:
    if x < 3:
        lst.append(x + 10)
print(lst)
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c" + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3, 4]
for x in lst:
    lst.remove(x)
print(lst)
