# bytes construction, indexing (ints), slicing (bytes), iteration, immutability, repr.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes("é", "utf-8"), bytes(b"copy"))
b = b"hello"
print(b[0], b[-1], b[1:3], b[::-1], list(b[:2]), len(b), b"ell" in b, 104 in b)
print(b + b" world", b * 2, b == b"hello", b < b"help", b.upper(), b.lower() == b)
try:
    b[0] = 72
except TypeError as e:
    print(e)
for bad in [[256], [-1], "str", ["a"]]:
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b + "s"
except TypeError as e:
    print(e)
print(repr(bytes(range(0, 256, 15))))
print(type(b[0]).__name__, type(b[0:1]).__name__)
