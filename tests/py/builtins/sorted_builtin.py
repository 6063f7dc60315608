# sorted(): any iterable, key, reverse, stability with equal keys, returns a new list.
data = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 20)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted("Sorting Letters"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int), sorted([-3, 2, -1], key=abs))
orig = [3, 1, 2]
new = sorted(orig)
print(orig, new, new is orig)
print(sorted(range(10), key=lambda n: (n % 3, -n)))
print(sorted([[3, "c"], [1, "a"], [2, "b"]]), sorted([], key=len), sorted("bca", reverse=True))
try:
    sorted([1, 2], key=lambda x: None if x == 1 else 1)
except TypeError as e:
    print(e)
try:
    sorted()
except TypeError as e:
    print(e)
