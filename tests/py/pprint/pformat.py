# pprint: pformat/pprint of nested builtins at several widths, indent, sort_dicts, compact, depth, collections types, dataclasses, long strings.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field
data = {'name': 'garter', 'versions': list(range(30)), 'nested': {'z': [1, 2, {'deep': tuple(range(12))}], 'a': 'x' * 30},
        'set': {5, 3, 1, 4}, 'frozen': frozenset({2, 1}), 'empty': {}, 'one': (1,), 'text': 'lorem ipsum dolor sit amet ' * 5}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pprint(list(range(40)), compact=True, width=50)
print(pprint.pformat({'b': 1, 'a': [1, 2]}), pprint.pformat([[1, 2, [3, 4, [5, 6]]]], depth=2))
pprint.pprint([[1, 2, [3, 4, [5, 6]]]], depth=2)
r = [1, 2]; r.append(r)
print(pprint.saferepr(r).startswith('[1, 2, <Recursion on list with id='), pprint.isrecursive(r), pprint.isreadable([1, 'a']), pprint.isreadable([object]))
pprint.pprint(OrderedDict((str(i), i * 1000) for i in range(12)), width=40)
dd = defaultdict(list); dd['key'].extend(range(20)); dd['other'] = [1]
pprint.pprint(dd, width=40)
pprint.pprint(Counter('abracadabra' * 3 + 'xyzzy'), width=30)
pprint.pprint(deque(range(25)), width=40)
pprint.pprint(deque(range(25), maxlen=30), width=40)
@dataclass
class Point:
    x: int
    y: list = field(default_factory=list)
pprint.pprint(Point(1, list(range(30))), width=40)
pprint.pprint(['a' * 50, 'b' * 50, ('c' * 30, 'd' * 30)])
pprint.pprint('a long string that should be wrapped across several lines because it is long ' * 2, width=40)
pprint.pp({'z': 1, 'a': 2})
class W:
    def __init__(self): self.out = []
    def write(self, s): self.out.append(s)
w = W(); pprint.pprint({'x': 1}, stream=w); print(w.out)
p = pprint.PrettyPrinter(width=20)
print(p.pformat(list(range(10))))
print(pprint.pformat((1,)), pprint.pformat(()), pprint.pformat(set()), pprint.pformat([]))
