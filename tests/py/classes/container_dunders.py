# __getitem__/__setitem__/__delitem__/__contains__/__len__ on a custom container, incl. slices.
class Store:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ("slice", k.start, k.stop, k.step)
        return self.data[k]
    def __setitem__(self, k, v):
        self.data[k] = v
    def __delitem__(self, k):
        del self.data[k]
    def __contains__(self, k):
        return k in self.data
    def __len__(self):
        return len(self.data)
s = Store()
s["a"] = 1
s[2] = "two"
s[(1, 2)] = "tuple key"
print(s["a"], s[2], s[1, 2], len(s), "a" in s, "z" in s, "z" not in s)
del s["a"]
print(len(s), "a" in s)
print(s[1:2], s[::3], s[:])
try:
    s["missing"]
except KeyError as e:
    print("KeyError", e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
for x in Seq():
    print(x, end=" ")
print()
a, b, c, d = Seq()
print(a, d)
