# list.sort and sorted: keys, reverse, stability, mixed-type errors, sorting while comparing tuples.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
recs = [("x", 3), ("y", 1), ("z", 3), ("w", 1)]
recs.sort(key=lambda r: r[1])
print(recs)
print(sorted([3.5, 1, True, -2]), sorted("hello"), sorted({3: "a", 1: "b"}), sorted((5, 4)))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print(e)
nums = list(range(20))
nums.sort(key=lambda n: n % 3)
print(nums)
print(sorted([], reverse=True), sorted([[2], [1, 5], [1]]))
