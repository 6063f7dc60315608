# Nested lists as matrices: transpose, multiply, deep equality, in-place row modification.
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
T = [list(row) for row in zip(*A)]
print(T)
C = [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
print(C)
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(I, I == [[1, 0, 0], [0, 1, 0], [0, 0, 1]])
for row in A:
    row.reverse()
print(A, [row[:] for row in A] == A, max(max(r) for r in B))
