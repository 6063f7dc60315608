# Recursive generators: permutations, subsets and tree traversal via yield from.
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [x] + rest
print(list(perms([1, 2, 3])))
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print(sorted(subsets("abc")))
def inorder(t):
    if t:
        left, val, right = t
        yield from inorder(left)
        yield val
        yield from inorder(right)
tree = ((None, 1, None), 2, ((None, 3, None), 4, None))
print(list(inorder(tree)))
