# Comprehensions have their own scope for loop variables but can read enclosing function locals.
def f():
    factor = 3
    data = [1, 2, 3]
    result = [factor * d for d in data]
    return result, "d" in locals()
print(f())
x = "module x"
squares = [x for x in range(3)]
print(x, squares)
def nested():
    base = 10
    return [[base + i + j for j in range(2)] for i in range(2)]
print(nested())
