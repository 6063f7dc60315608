# Infinite generators consumed manually with next() and bounded loops.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def take(n, it):
    out = []
    for _ in range(n):
        out.append(next(it))
    return out
print(take(5, naturals()))
print(take(15, fibs()))
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
print(take(10, primes()))
evens = (n for n in naturals() if n % 2 == 0)
print(take(4, evens))
f = fibs()
for v in f:
    if v > 100:
        break
print(v, next(f))
