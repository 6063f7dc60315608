# Tuple unpacking in assignments, loops, function returns, and starred expressions.
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([3, 1, 4, 1, 5])
print(lo, hi)
(a, b), c = (1, 2), 3
print(a, b, c)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
head, *tail = (1, 2, 3)
print(head, tail, type(tail).__name__)
*_, last = range(5)
print(last)
t = 1, *[2, 3], 4
print(t)
try:
    x, y = (1,)
except ValueError as e:
    print(e)
try:
    x, y = 5
except TypeError as e:
    print(e)
