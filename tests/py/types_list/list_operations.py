# List operations: +, *, in, comparisons, len, nested lists, aliasing, equality, repr of recursive lists.
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == [1, 2, 3, 4], a != [1, 2, 3])
print(a + [5], a * 2, [0] * 3, 3 in a, 9 not in a, len(a))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 3], [2] > [1, 9], [] < [0])
m = [[0] * 2 for _ in range(2)]
m[0][0] = 1
print(m)
r = [1]
r.append(r)
print(r, str(r))
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"k": 1}), list(x for x in [7]))
print(a[0], a[-1], a.__len__(), max(a), min(a), sum(a))
try:
    a[10]
except IndexError as e:
    print(e)
try:
    a[10] = 0
except IndexError as e:
    print(e)
try:
    a["0"]
except TypeError as e:
    print(e)
