# Assignment expressions (:=) in conditions, comprehensions and while loops.
data = [1, 5, 10, 15]
if (n := len(data)) > 3:
    print("len", n)
print(n)
vals = [y for x in data if (y := x * 2) > 5]
print(vals, y)
i = 0
out = []
while (i := i + 1) < 5:
    out.append(i)
print(out, i)
print((z := 10) + z)
def f():
    [last := c for c in "abc"]
    return last
print(f())
total = 0
print([total := total + v for v in [1, 2, 3]], total)
