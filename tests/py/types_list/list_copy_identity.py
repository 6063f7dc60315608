# Shallow copies: slicing, list(), copy() share nested objects; element identity preserved.
inner = [1, 2]
outer = [inner, [3]]
copies = [outer[:], list(outer), outer.copy(), [*outer]]
inner.append(99)
for c in copies:
    print(c, c is outer, c[0] is inner)
x = [1, 2, 3]
y = x
x = x + [4]
print(y, x)
y2 = y
y += [5]
print(y2, y is y2)
