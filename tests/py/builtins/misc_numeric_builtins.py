# Numeric helpers working together: abs of mixed lists, min/max of generators, sum of floats, divmod loops.
vals = [3, -7.5, 2 ** 65, -0.0, True]
print([abs(v) for v in vals], max(vals), min(vals), sum(vals))
n = 1234567
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits[::-1], sum(digits))
print(round(sum([0.1] * 3), 10), round(2 / 3, 3), pow(10, -2), abs(-1e-320))
