# List slicing: reads, slice assignment (growing/shrinking), extended slice assignment, deletion.
a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[8:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [10, 11, 12]
print(b)
b[:] = [0, 1, 2, 3, 4, 5]
print(b)
b[::2] = ["e", "e", "e"]
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(e)
b[len(b):] = [9]
print(b)
del b[::3]
print(b)
del b[1:3]
print(b)
c = [1, 2, 3]
c[1:2] = "xyz"
print(c)
c[-1:] = ()
print(c)
try:
    c[0:1] = 5
except TypeError as e:
    print(e)
d = [1, 2, 3, 4]
d[::-1] = [10, 20, 30, 40]
print(d)
print(a[slice(1, 8, 2)], a[2:-2:2])
