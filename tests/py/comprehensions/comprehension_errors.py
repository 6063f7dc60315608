# Errors raised inside comprehensions propagate; partially built results are discarded.
result = "unchanged"
try:
    result = [10 // x for x in [5, 2, 0, 1]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(result)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2 for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {x for x in [[1]]}
except TypeError as e:
    print(type(e).__name__, e)
