# Exceptions handled inside loops; continue/break from except and else clauses.
results = []
for s in ["1", "x", "3", "", "5"]:
    try:
        n = int(s)
    except ValueError:
        results.append("bad")
        continue
    else:
        if n == 5:
            break
    finally:
        results.append("f")
    results.append(n)
print(results)
i = 0
while True:
    try:
        i += 1
        if i == 3:
            raise StopIteration
    except StopIteration:
        break
print("stopped at", i)
