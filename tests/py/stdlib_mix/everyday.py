# An everyday program using several frozen modules together (dataclasses, enum, collections, itertools, heapq, contextlib, functools, typing).
from __future__ import annotations
import functools, itertools, operator, collections, heapq, bisect, copy, contextlib, enum, dataclasses, typing, types, string, textwrap
from dataclasses import dataclass, field
from enum import Enum, IntEnum, auto
from typing import Optional, List, Dict

@dataclass(frozen=True, order=True)
class Pos:
    x: int
    y: int
    def neighbors(self) -> List[Pos]:
        return [Pos(self.x + dx, self.y + dy) for dx, dy in ((0, 1), (1, 0), (0, -1), (-1, 0))]

def bfs(start: Pos, goal: Pos, walls: set) -> Optional[int]:
    seen = {start}
    q = collections.deque([(start, 0)])
    while q:
        p, d = q.popleft()
        if p == goal:
            return d
        for n in p.neighbors():
            if n not in seen and n not in walls and 0 <= n.x < 10 and 0 <= n.y < 10:
                seen.add(n)
                q.append((n, d + 1))
    return None
print(bfs(Pos(0, 0), Pos(9, 9), {Pos(1, i) for i in range(9)}))

class Suit(Enum):
    HEARTS = auto()
    SPADES = auto()
    @property
    def color(self):
        return 'red' if self is Suit.HEARTS else 'black'
Card = collections.namedtuple('Card', 'rank suit')
deck = [Card(r, s) for r, s in itertools.product(range(2, 5), Suit)]
print(deck[:3], len(deck), deck[0].suit.color)
by_suit = collections.defaultdict(list)
for c in deck:
    by_suit[c.suit.name].append(c.rank)
print(dict(by_suit))
words = "the quick brown fox jumps over the lazy dog the end".split()
cnt = collections.Counter(words)
print(cnt.most_common(2), sorted(cnt.items(), key=operator.itemgetter(1, 0), reverse=True)[:3])
print(list(itertools.accumulate(range(5), operator.mul, initial=1)), functools.reduce(operator.add, map(len, words)))
groups = {k: list(g) for k, g in itertools.groupby(sorted(words, key=len), key=len)}
print(groups)
class Prio(IntEnum):
    LOW = 1
    HIGH = 2
tasks = []
heapq.heappush(tasks, (-Prio.HIGH, 'urgent'))
heapq.heappush(tasks, (-Prio.LOW, 'later'))
print([heapq.heappop(tasks)[1] for _ in range(2)], Prio.HIGH > Prio.LOW, Prio(2), sorted(Prio))
@contextlib.contextmanager
def timer(name):
    yield name
with timer('x') as n, contextlib.suppress(KeyError):
    {}['missing']
print('ok', n)
@functools.total_ordering
@dataclass
class Version:
    major: int
    minor: int
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
print(sorted([Version(1, 2), Version(0, 9)]), Version(1, 0) >= Version(0, 5))
cfg = types.SimpleNamespace(debug=True, level=3)
print(cfg, copy.deepcopy({'a': [cfg.level]}))
print(textwrap.fill(' '.join(words), 20))
t = string.Template('$name is $age')
print(t.substitute(name='Ann', age=3))
print(bisect.bisect(sorted(cnt.values()), 1), typing.get_type_hints(bfs))
