# iter() on iterables, iter(callable, sentinel), next() with and without default.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
print(list(iter("ab")), list(iter((1,))), sorted(iter({2, 1})))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
try:
    next(5)
except TypeError as e:
    print(e)
