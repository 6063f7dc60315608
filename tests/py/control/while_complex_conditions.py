# while loops with compound conditions, walrus, and else; binary search and Collatz as examples.
def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    else:
        return -1
xs = list(range(0, 100, 7))
print([bsearch(xs, t) for t in [0, 7, 49, 98, 50, -1]])
def collatz(n):
    steps = 0
    while n != 1 and steps < 1000:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 20)], collatz(27))
data = [5, 3, 0, 8]
idx = 0
while idx < len(data) and (v := data[idx]) != 0:
    idx += 1
print(idx, v)
