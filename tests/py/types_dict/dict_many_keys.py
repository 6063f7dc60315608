# Many insertions and deletions keep a dict consistent: lookups, order, length after churn.
d = {}
for i in range(5000):
    d[i] = i * i
for i in range(0, 5000, 2):
    del d[i]
for i in range(5000, 5100):
    d[str(i)] = i
print(len(d), d[4999], d["5050"], list(d)[:3], list(d)[-2:])
print(sum(v for k, v in d.items() if isinstance(k, int)) % 1000003)
d.clear()
print(d, len(d))
