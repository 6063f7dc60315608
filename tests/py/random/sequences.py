# choice, choices (plain, weights, cum_weights, k), shuffle and sample (pool and set algorithms, counts).
import random
random.seed(7)
print([random.choice('abcdefg') for _ in range(20)])
print([random.choice([1, 2, 3]) for _ in range(10)], random.choice(range(100, 200)))
print(random.choices(range(10), k=15))
print(random.choices('abc', [1, 5, 10], k=12))
print(random.choices('abc', weights=[0.2, 0.3, 0.5], k=12))
print(random.choices('abc', cum_weights=[1, 2, 30], k=12))
print(random.choices(['x', 'y']))
l = list(range(20))
random.shuffle(l)
print(l)
words = ['w%d' % i for i in range(7)]
random.shuffle(words)
print(words)
print(random.sample(range(100), 10))
print(random.sample(range(10**6), 30))
print(random.sample('abcdefghij', 10))
print(random.sample([1, 2, 3, 4, 5], k=0))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.sample(range(30), 25))
print(random.sample(tuple(range(200)), 8))
for bad in [lambda: random.choice([]), lambda: random.sample({1, 2}, 1), lambda: random.sample([1, 2], 3),
            lambda: random.choices('ab', [1], k=2), lambda: random.choices('ab', [1, 2], [1, 3]),
            lambda: random.choices('ab', 3), lambda: random.choices('ab', [0, 0]),
            lambda: random.sample([1, 2], -1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
