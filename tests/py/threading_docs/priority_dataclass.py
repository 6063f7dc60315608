# The queue documentation's PriorityQueue recipe (a dataclass ordered by priority only, the item excluded from comparison), used with a PriorityQueue; the class definition is the docs' unchanged.
from dataclasses import dataclass, field
from typing import Any
import queue

@dataclass(order=True)
class PrioritizedItem:
    priority: int
    item: Any=field(compare=False)

q = queue.PriorityQueue()
for priority, item in [(3, {"c": 3}), (1, ["a"]), (2, object), (1, "a2")]:
    q.put(PrioritizedItem(priority, item))
while not q.empty():
    entry = q.get()
    print(entry.priority, entry.item if entry.item is not object else "object")
