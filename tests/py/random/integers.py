# randint, randrange (with steps, negatives, big ranges) and their errors match CPython's.
import random
random.seed(2024)
print([random.randint(1, 6) for _ in range(40)])
print([random.randint(-10**6, 10**6) for _ in range(10)])
print([random.randrange(10) for _ in range(20)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randrange(50, 5, -7) for _ in range(10)])
print([random.randrange(-3, 3) for _ in range(10)])
print([random.randrange(2**70) for _ in range(3)])
print([random.randint(10**30, 10**30 + 5) for _ in range(5)])
print([random.randrange(1, 2**64 + 1) for _ in range(3)])
print(random.randrange(3.0), random.randint(1, 1))
for args in [(0,), (5, 5), (1, 10, 0), (10, 1), (1, 10, -1), (1.5,), (1, 2.5), ('a',)]:
    try:
        random.randrange(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    random.randrange(5, step=2)
except TypeError as e:
    print("TypeError:", e)
try:
    random.randint(1)
except TypeError as e:
    print("TypeError:", e)
try:
    random.getrandbits(-1)
except ValueError as e:
    print("ValueError:", e)
print(random.randbytes(0), random.randbytes(5), random.randbytes(9).hex())
