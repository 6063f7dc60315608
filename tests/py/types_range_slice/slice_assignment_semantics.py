# Slice semantics across sequence types: clamping, negative steps, empty results, assignment forms.
s = "0123456789"
l = list(range(10))
t = tuple(range(10))
for sl in [slice(None), slice(2, 5), slice(-3, None), slice(None, None, -2), slice(8, 2, -3), slice(5, 2),
           slice(-100, 100, 3), slice(100, -100, -4)]:
    print(sl, s[sl], l[sl], t[sl])
l[2:8:2] = "abc"
print(l)
l[::-1] = range(10)
print(l)
l[3:3] = [None] * 2
print(l, len(l))
