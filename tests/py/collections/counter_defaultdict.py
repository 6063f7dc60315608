# Counter, defaultdict, OrderedDict and ChainMap: behaviour and reprs.
from collections import Counter, defaultdict, OrderedDict, ChainMap
c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), c.total())
print(sorted(c.elements()))
c.update('aaz'); c.subtract({'b': 5})
print(c)
d = Counter(a=3, b=1)
e = Counter(a=1, b=2)
print(d + e, d - e, d | e, d & e, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(Counter(), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), d <= d + e)
del d['zz']; print(d)
try:
    Counter.fromkeys('ab')
except NotImplementedError as err:
    print("NotImplementedError", err)
dd = defaultdict(list)
dd['a'].append(1); dd['b']
print(dd, dd.default_factory, dict(dd))
di = defaultdict(int, {'x': 1}); di['y'] += 2
print(di, defaultdict(None))
try:
    defaultdict(None)['k']
except KeyError as err:
    print("KeyError", err)
try:
    defaultdict(3)
except TypeError as err:
    print("TypeError", err)
print(isinstance(dd, dict), dd.copy())
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a'); print(od)
od.move_to_end('c', last=False); print(od, list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
print(OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
try:
    OrderedDict().popitem()
except KeyError as err:
    print("KeyError", err)
base = {'a': 1, 'b': 2}
cm = ChainMap({'a': 10}, base)
print(cm['a'], cm['b'], len(cm), sorted(cm), 'b' in cm, cm.get('z', 0))
cm['c'] = 3
print(cm, cm.maps[0])
child = cm.new_child({'b': 20})
print(child['b'], child.parents['b'])
try:
    del cm['b']
except KeyError as err:
    print("KeyError", err)
