# map() with one and several iterables (shortest wins); filter() with a function and with None.
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb"])), list(map(pow, [2, 3], [3, 2, 99])))
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
m = map(lambda x: x * 10, range(3))
print(type(m).__name__, next(m), list(m), list(m))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2c3")))
f = filter(None, iter([0, 5]))
print(type(f).__name__, list(f))
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print(e)
