# slice objects: attributes, indices(), use with lists/strings/tuples, repr, equality.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100).indices(3))
data = list(range(12))
print(data[s], "abcdefghijkl"[s], tuple(data)[s])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(e)
class Show:
    def __getitem__(self, key):
        return key
sh = Show()
print(sh[1:2], sh[::3], sh[:], sh[1:2, 3], sh[..., 1], sh[-1])
