# object(), type objects' repr, isinstance across builtins, and type() of builtin values.
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
for v in [1, 1.5, "s", b"b", [1], (1,), {1: 1}, {1}, frozenset(), None, True, range(1), 1j, print, len, object, type, bytearray(), slice(1), ...]:
    print(type(v).__name__, type(v))
print(int, float, str, list, dict, tuple, set, bool, type(None), type(print))
try:
    o.x = 1
except AttributeError as e:
    print(e)
