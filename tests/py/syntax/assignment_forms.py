# Assignment forms: chained, tuple unpacking, starred unpacking, nested targets, swaps.
a = b = c = 5
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *m, z = range(6)
print(a, m, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = "st"
print(s, t)
lst = [0, 0, 0]
lst[0], lst[2] = 7, 9
print(lst)
i, lst[i] = 1, 5
print(lst)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
