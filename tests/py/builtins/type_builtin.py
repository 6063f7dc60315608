# type() with one argument returns the class; comparisons of type objects.
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()), type(None), type(type))
print(type(1) is int, type(True) is bool, type(True) == int, type(1) == type(2))
class K: pass
print(type(K()), type(K()).__name__, type(K) is type)
print(type(len).__name__, type(lambda: 0).__name__, type(x for x in []).__name__, type(iter([])).__name__)
try:
    type(1, 2)
except TypeError as e:
    print(e)
