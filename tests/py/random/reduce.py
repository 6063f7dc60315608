# Random.__reduce__ gives (class, (), state) and __setstate__ restores it: the protocol copy and pickle use.
import random
r = random.Random(5)
r.random()
cls, args, state = r.__reduce__()
clone = cls(*args)
clone.__setstate__(state)
print(cls is random.Random, args, r.random() == clone.random(), r.__getstate__() == clone.__getstate__())
class Sub(random.Random):
    pass
s = Sub(9)
cls, args, state = s.__reduce__()
t = cls(*args)
t.__setstate__(state)
print(cls is Sub, [s.randint(1, 99) for _ in range(3)] == [t.randint(1, 99) for _ in range(3)])
