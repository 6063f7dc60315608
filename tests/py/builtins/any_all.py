# any() and all(): empty iterables, short-circuiting on generators, truthiness of items.
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
consumed = []
def gen():
    for x in [0, 1, 2, 3]:
        consumed.append(x)
        yield x
print(any(gen()), consumed)
consumed.clear()
print(all(gen()), consumed)
print(any(c.isupper() for c in "abC"), all(n > 0 for n in range(1, 5)), any(iter([])), all("abc"))
