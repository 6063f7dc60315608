# Sets in loops and algorithms: deduplicating while preserving order, and graph reachability.
def dedupe(items):
    seen = set()
    out = []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(dedupe([3, 1, 3, 2, 1, 5]), dedupe("mississippi"))
graph = {1: {2, 3}, 2: {4}, 3: {4}, 4: set(), 5: {1}}
def reach(start):
    seen, todo = set(), [start]
    while todo:
        n = todo.pop()
        if n not in seen:
            seen.add(n)
            todo.extend(graph[n])
    return sorted(seen)
print(reach(1), reach(5), reach(4))
print(sorted(set(range(0, 30, 3)) & set(range(0, 30, 5))))
