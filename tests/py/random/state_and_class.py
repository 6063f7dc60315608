# Random instances keep their own state; getstate/setstate round-trip; subclasses can override random().
import random
a = random.Random(123)
b = random.Random(123)
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)])
random.seed(123)
print(random.random() == random.Random(123).random())
st = a.getstate()
print(st[0], len(st[1]), st[1][-1], st[2])
x = [a.randint(0, 1000) for _ in range(10)]
a.setstate(st)
print(x == [a.randint(0, 1000) for _ in range(10)])
a.gauss()
st = a.getstate()
print(type(st[2]).__name__)
g1 = a.gauss()
a.setstate(st)
print(g1 == a.gauss())
c = random.Random()
c.seed(2)
print(c.random(), random.Random(2).random())
print(isinstance(a, random.Random), type(a).__name__)
try:
    a.setstate((1, (), None))
except ValueError as e:
    print("ValueError:", e)
try:
    a.setstate((3, (1, 2), None))
except ValueError as e:
    print("ValueError:", e)

class Fixed(random.Random):
    def random(self):
        return 0.5
f = Fixed(1)
print(f.random(), f.uniform(0, 10), f.choice('abcde'), f.randrange(100))

class Counting(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0
    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)
c = Counting(5)
print(c.randint(1, 100), c.calls, c.random() == random.Random(5).random())
d = Counting(5)
print([d.randrange(10) for _ in range(5)], d.calls)
class Seeded(random.Random):
    def seed(self, a=None, version=2):
        super().seed(42)
print(Seeded(1).random() == random.Random(42).random())
