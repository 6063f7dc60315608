# collections.abc: isinstance/issubclass of builtins against the ABCs, and mixin methods of user subclasses.
from collections import abc
from collections.abc import *
checks = [([], Sequence), ([], MutableSequence), ((), Sequence), ((), MutableSequence), ('', Sequence), (range(3), Sequence),
          ({}, Mapping), ({}, MutableMapping), (set(), Set), (set(), MutableSet), (frozenset(), MutableSet), (frozenset(), Set),
          ([], Iterable), (iter([]), Iterator), ([], Iterator), (len, Callable), (lambda: 0, Callable), (1, Callable),
          ([], Hashable), (1, Hashable), ((), Hashable), ({}, Sized), (3, Sized), ([], Container), ([], Collection), ({}.keys(), KeysView),
          ({}.items(), Set), ((x for x in []), Generator), ((x for x in []), Iterator), (b'', ByteString), ([], Reversible), ({}, Reversible),
          ('a', Container), (5, Iterable), (None, Hashable)]
for obj, cls in checks:
    print(type(obj).__name__, cls.__name__, isinstance(obj, cls))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Sequence), issubclass(str, Iterable))
class My(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = My({'a': 1, 'b': 2})
print(m['a'], m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, len(m))
print(isinstance(m, Mapping), isinstance(m, MutableMapping), isinstance(m, dict))
class MySeq(MutableSequence):
    def __init__(self): self.data = []
    def __getitem__(self, i): return self.data[i]
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
    def __len__(self): return len(self.data)
    def insert(self, i, v): self.data.insert(i, v)
s = MySeq(); s.append(1); s.extend([2, 3]); s += [4]
print(s.data, list(reversed(s)), s.index(3), s.count(1), 2 in s, s.pop(), s.data)
s.reverse(); s.remove(2); print(s.data)
try:
    class Bad(Sequence): pass
    Bad()
except TypeError as e:
    print("TypeError", e)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), issubclass(It, Iterable), isinstance(It(), Sized))
print(abc.__name__, Sequence.__module__ if False else '')
