# Floor division and modulo identities for ints of many signs and sizes.
vals = [-13, -7, -1, 0, 1, 7, 13, 2 ** 65 + 3, -(2 ** 65) - 3]
divs = [-5, -3, -1, 1, 3, 5, 2 ** 33]
bad = 0
for a in vals:
    for b in divs:
        q, r = a // b, a % b
        if q * b + r != a or (r != 0 and (r < 0) != (b < 0)):
            bad += 1
        print(a, b, q, r)
print("identity failures:", bad)
