# list/dict/set/frozenset/tuple constructors from various iterables and keyword forms.
print(list("ab"), list((1, 2)), list({"k": 1}), list(range(2)), list(map(abs, [-1])), list())
print(tuple([1, 2]), tuple("ab"), tuple(), tuple(x for x in range(2)))
print(dict(a=1), dict([("a", 1)]), dict({"a": 1}, b=2), dict(zip("ab", "xy")), dict())
print(sorted(set("banana")), sorted(set([3, 3, 1])), set(), sorted(frozenset("aab")), frozenset())
for bad in [lambda: list(5), lambda: tuple(None), lambda: set(1.5), lambda: dict(5), lambda: dict([1])]:
    try:
        bad()
    except TypeError as e:
        print(e)
