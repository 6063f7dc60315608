# while loops with break, continue and else.
i = 0
total = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    total += i
print(total, i)
n = 0
while True:
    n += 1
    if n > 4:
        break
print(n)
k = 0
while k < 3:
    k += 1
else:
    print("while-else ran", k)
k = 0
while k < 3:
    k += 1
    if k == 2:
        break
else:
    print("not printed")
print("after break", k)
while False:
    pass
else:
    print("else of never-run while")
