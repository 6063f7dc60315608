# Equality vs identity for values whose identity is guaranteed: None, True/False, the same object.
x = None
print(x is None, x == None, (1 == 1) is True, (1 == 2) is False, bool([]) is False)
a = "text"
b = a
print(a is b, a == "te" + "xt")
l = [1, 2]
print(l is l, l == l[:], l is not l[:])
print(type(1) is int, type(True) is not int, isinstance(True, int))
