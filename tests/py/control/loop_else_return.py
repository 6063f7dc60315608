# Returning from inside loops, including from for-else and while-else.
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    else:
        return None
print(first_even([1, 3, 4, 6]), first_even([1, 3]))
def countdown(n):
    out = []
    while n:
        out.append(n)
        n -= 1
        if n == 2:
            return out
    else:
        out.append("else")
    return out
print(countdown(5), countdown(1))
def nested():
    for i in range(3):
        for j in range(3):
            if i * j == 2:
                return (i, j)
print(nested())
