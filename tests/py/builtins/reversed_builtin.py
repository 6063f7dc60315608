# reversed(): sequences, ranges, dicts, user classes with __reversed__ or __len__/__getitem__.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(5))))
print(list(reversed({"a": 1, "b": 2})), "".join(reversed("hello")))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 100
class Rev:
    def __reversed__(self): return iter(["custom"])
print(list(reversed(Seq())), list(reversed(Rev())))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    reversed(x for x in [1])
except TypeError as e:
    print(e)
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))
