# Walrus inside comprehensions binds in the enclosing scope; conditions referencing it.
data = [3, 8, 1, 9]
big = [y for x in data if (y := x * 10) > 20]
print(big, y)
def inner():
    seen = [last := v for v in "xyz"]
    return seen, last
print(inner())
running = 0
sums = [running := running + v for v in data]
print(sums, running)
