# isinstance/issubclass with classes, tuples (nested), bool/int relations, and errors.
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, int)), isinstance("s", (int, (float, str))))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)), isinstance(int, type), isinstance(A, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(bool, (str, int)), issubclass(A, A))
print(isinstance([], (list, tuple)), isinstance((), (list,)), isinstance(1.0, int), isinstance(3, float))
print(issubclass(KeyError, LookupError), issubclass(type, object), issubclass(object, type))
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
try:
    issubclass(int, (int, 5))
    print("first match short-circuits")
except TypeError as e:
    print(e)
