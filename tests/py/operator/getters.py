# itemgetter, attrgetter and methodcaller: results and reprs.
from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple
P = namedtuple('P', 'x y')
pts = [P(3, 1), P(1, 2), P(2, 0)]
print(sorted(pts, key=itemgetter(1)), sorted(pts, key=attrgetter('x')))
print(itemgetter(0, 2)('abc'), itemgetter('k')({'k': 5}), itemgetter(slice(1, None))([1, 2, 3]))
class A: pass
a = A(); a.b = A(); a.b.c = 7; a.d = 1
print(attrgetter('b.c')(a), attrgetter('d', 'b.c')(a))
print(methodcaller('upper')('ab'), methodcaller('split', ',')('a,b'), methodcaller('replace', 'a', 'b', 1)('aaa'))
print(repr(itemgetter(1)), repr(itemgetter('a', 2)), repr(attrgetter('x.y', 'z')), repr(methodcaller('f', 1, k='v')))
for bad in (lambda: attrgetter(1), lambda: methodcaller(2), lambda: attrgetter('zz')(a), lambda: itemgetter(5)([1])):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(list(map(itemgetter(0), ['ab', 'cd'])))
