# SystemRandom draws from the OS: values in range, seed is a stub, getstate/setstate raise NotImplementedError.
import random
r = random.SystemRandom()
xs = [r.random() for _ in range(200)]
print(all(0.0 <= x < 1.0 for x in xs), len(set(xs)) > 190)
print(all(1 <= r.randint(1, 6) <= 6 for _ in range(100)), r.choice([7]), sorted(r.sample(range(5), 5)))
print(r.getrandbits(0), 0 <= r.getrandbits(100) < 2**100, len(r.randbytes(9)), r.seed(5))
l = list(range(10)); r.shuffle(l); print(sorted(l))
print(isinstance(r, random.Random), type(r).__name__, -3 <= r.uniform(-3, 3) <= 3, type(r.gauss()).__name__)
for f in (r.getstate, lambda: r.setstate(None)):
    try:
        f()
    except NotImplementedError as e:
        print('NotImplementedError:', e)
