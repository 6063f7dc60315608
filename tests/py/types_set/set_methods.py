# Mutating set methods: add/remove/discard/pop/clear/update family/copy.
s = {1, 2}
s.add(3); s.add(2)
print(sorted(s))
s.remove(1)
s.discard(99)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
s.update([4, 5], {6})
print(sorted(s))
s.intersection_update({2, 3, 4, 10})
print(sorted(s))
s.difference_update([2])
print(sorted(s))
s.symmetric_difference_update({4, 7})
print(sorted(s))
s |= {8}; s &= {3, 7, 8, 9}; s -= {9}; s ^= {100}
print(sorted(s))
c = s.copy(); c.add(-1)
print(len(s), len(c))
x = {42}
print(x.pop(), x)
x.clear()
print(x)
try:
    x.pop()
except KeyError as e:
    print("KeyError", e)
try:
    s.add([1])
except TypeError as e:
    print(e)
