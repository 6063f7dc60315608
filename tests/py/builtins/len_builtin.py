# len() of every sized builtin type and of user classes; errors for unsized objects.
print(len(""), len("abc"), len("é中"), len(b"ab"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}))
print(len(frozenset()), len(range(10)), len(range(0, 10, 3)), len(bytearray(4)), len({}.keys()), len({1: 1}.items()))
class Sized:
    def __len__(self): return 42
print(len(Sized()))
for bad in [5, 1.5, None, iter([1]), (x for x in [])]:
    try:
        len(bad)
    except TypeError as e:
        print(e)
try:
    len()
except TypeError as e:
    print(e)
