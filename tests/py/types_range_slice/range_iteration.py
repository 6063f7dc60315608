# range iteration in loops and with reversed/len/sum; ranges are reusable and lazy.
r = range(3, 30, 4)
print(list(r), list(r), sum(r), len(r), list(reversed(r)), r[2], r[-2])
print(list(range(10, -10, -3)), list(range(-5, -1)), list(range(0)))
print(sorted(range(5), reverse=True), [x for x in range(20) if x in range(5, 8)])
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
print(range(0, 10, 2) == range(0, 9, 2), hash(range(3)) == hash(range(0, 3)))
