# Chained comparisons evaluate each operand once and short-circuit.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 0 <= 0 >= 0, (1, 2) != (1, 3) != (1, 2))
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
x = 5
print(0 < x <= 10, 0 < x < 5, "a" < "b" < "c")
print(1 in [1, 2] in [[1, 2]])
