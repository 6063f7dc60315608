# Concatenation and repetition of sequences, including zero and negative counts.
print([1, 2] + [3], (1,) + (2, 3), "ab" + "cd", b"x" + b"y")
print([0] * 3, 3 * [0], "ab" * 3, (1, 2) * 2, b"-" * 4)
print([1] * 0, "abc" * -1, (1,) * -5)
nested = [[0]] * 3
nested[0].append(1)
print(nested)
print(len("x" * 1000))
print([1, 2] * True)
