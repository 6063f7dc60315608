# Deeply nested try blocks; handled exceptions do not escape; tracebacks unaffected by later code.
def level(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        level(n - 1)
    except KeyError:
        print("never")
    finally:
        print("unwind", n)
try:
    level(3)
except ValueError as e:
    print("caught at top:", e)
count = 0
for i in range(100):
    try:
        try:
            if i % 3 == 0:
                raise ValueError
            if i % 3 == 1:
                raise TypeError
        except ValueError:
            count += 1
    except TypeError:
        count += 10
print(count)
