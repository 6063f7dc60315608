# List/dict/set comprehensions and sorted() with key functions over records.
def make_records(n):
    return [(i * 7919 % 10007, "name%d" % (i * 31 % 997), i % 13) for i in range(n)]


def work(records):
    values = [r[0] for r in records]
    evens = [v for v in values if v % 2 == 0]
    squares = [v * v % 1000 for v in evens]
    groups = {}
    for r in records:
        groups.setdefault(r[2], []).append(r[0])
    by_group = {g: sum(vs) for g, vs in groups.items()}
    names = {r[1] for r in records}
    index = {r[1]: r[0] for r in records}
    ordered = sorted(records, key=lambda r: (r[2], -r[0]))
    by_name = sorted(names, key=lambda s: (len(s), s))
    top = sorted(values, reverse=True)[:10]
    pairs = sorted(index.items(), key=lambda kv: kv[1])
    nested = [[x * y for x in range(20)] for y in range(20)]
    flat = sorted({x for row in nested for x in row})
    return (sum(squares) + sum(by_group.values()) + len(names) + ordered[0][0] + ordered[-1][0]
            + len(by_name[0]) + sum(top) + pairs[0][1] + len(flat))


records = make_records(40000)
total = 0
for _ in range(12):
    total += work(records)
print("comprehensions_sort", total)
