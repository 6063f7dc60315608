# Counting and summing loops: while with locals, for over range, nested loops.
def while_sum(n):
    i = 0
    total = 0
    while i < n:
        total += i
        i += 1
    return total


def for_sum(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            total += i
        else:
            total -= 1
    return total


def nested(n):
    count = 0
    for i in range(n):
        for j in range(n):
            count += i ^ j
    return count


print("loop", while_sum(4_000_000), for_sum(4_000_000), nested(1000))
