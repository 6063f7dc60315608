# break and continue inside try/except/else clauses in both for and while loops.
out = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            raise ValueError
    except ValueError:
        out.append("except4")
        break
    else:
        out.append(f"else{i}")
    finally:
        out.append(f"fin{i}")
print(out)
out = []
n = 0
while n < 5:
    n += 1
    try:
        if n % 2:
            raise KeyError(n)
    except KeyError:
        continue
    out.append(n)
print(out)
