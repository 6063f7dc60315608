# seed(n) for small, zero, negative and multi-word ints gives CPython's random() and getrandbits() streams.
import random
for s in [0, 1, 42, -42, 2**32 - 1, 2**32, 2**64 + 12345, -(2**100 + 7), 10**40, True]:
    random.seed(s)
    print(s, [random.random() for _ in range(5)])
    print(' bits', [random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 200)])
random.seed(12345)
total = 0.0
for _ in range(100000):
    total += random.random()
print(repr(total))
print(random.getrandbits(1000))
