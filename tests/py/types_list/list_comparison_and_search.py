# Lexicographic list comparison, `in` with equality, index/count with mixed types, and min/max of lists.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, -1], [[1]] < [[2]], [1, [2, 3]] == [1, [2, 3]])
print(1.0 in [1, 2], "1" in [1, 2], [1, 2].index(2.0), [0, False, 0.0].count(0), [None, None].count(None))
print(min([[3], [1, 2], [1]]), max(["b", "ab", "abc"]))
big = list(range(1000))
print(999 in big, 1000 in big, big.index(500), big[::100])
