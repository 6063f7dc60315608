# range: start/stop/step, negative steps, empty ranges, len, indexing, slicing, membership, equality.
for r in [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(-3, 3)]:
    print(r, list(r), len(r))
r = range(0, 20, 3)
print(r[0], r[-1], r[2], r[1:4], r[::-1], list(r[::2]), r.index(9), r.count(9), 9 in r, 10 in r)
print(range(3) == range(0, 3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2))
print(r.start, r.stop, r.step, repr(range(1, 2, 1)), list(reversed(range(4))))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
for bad in [lambda: range(0, 1, 0), lambda: range(1.5), lambda: r[100], lambda: r.index(10)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(sum(range(101)), max(range(7)), min(range(3, 9)))
