# UserDict, UserList and UserString wrap their data and can be specialised by subclassing.
from collections import UserDict, UserList, UserString
class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
d = Lower({'A': 1}, B=2)
d['C'] = 3
print(d, d.data, d['a'], 'b' in d, len(d), sorted(d), d.get('z', 0), d == {'a': 1, 'b': 2, 'c': 3})
print(d.pop('a'), d.setdefault('q', 9), d, d.copy(), type(d.copy()).__name__)
class Missing(UserDict):
    def __missing__(self, key):
        return 'missing ' + key
print(Missing()['k'])
l = UserList([3, 1, 2])
l.append(0); l.sort(); l.extend(UserList([7]))
print(l, l.data, l[1], l[1:3], type(l[1:3]).__name__, len(l), 2 in l, l + [9], [8] + l, l * 2, l == [0, 1, 2, 3, 7], l.index(3), l.count(1))
l.reverse(); l.remove(7); print(l, l.pop(), l, l < UserList([9]))
s = UserString('Hello')
print(s, repr(s), len(s), s[1:3], type(s[1:3]).__name__, s.upper(), type(s.upper()).__name__, 'ell' in s, s + '!', s == 'Hello')
