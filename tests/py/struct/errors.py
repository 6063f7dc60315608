# struct.error with CPython's messages for range errors, bad formats, wrong counts and buffer sizes.
import struct
tests = [
 ("b", 200), ("B", -1), ("h", 40000), ("H", -1), ("i", 2**31), ("I", -1), ("I", 2**32), ("l", 2**63), ("L", -1),
 ("q", 2**63), ("Q", -1), ("n", 2**63), ("N", -1), ("b", 2**70),
 ("<b", 200), ("<B", 256), ("<h", 40000), ("<H", -1), ("<i", 2**31), ("<I", -1), ("<l", 2**31), ("<l", -2**40),
 ("<L", 2**32), ("<q", 2**63), ("<Q", 2**64), ("<Q", -1),
 ("b", 1.5), ("i", "x"), ("c", b"ab"), ("c", 1), ("s", "str"), ("f", "x"), ("<f", 1e300), ("e", 1e10), ("e", 65520.0),
 ("<n", 1), ("z", 1), ("3", 1), ("i", None), ("=P", 1), ("<N", 1),
]
for fmt, v in tests:
    try:
        print(fmt, repr(v), struct.pack(fmt, v))
    except (struct.error, OverflowError) as e:
        print(fmt, repr(v), type(e).__name__, e)
def show(f):
    try:
        print(f())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
show(lambda: struct.pack("i"))
show(lambda: struct.pack("ii", 1))
show(lambda: struct.pack("i", 1, 2))
show(lambda: struct.pack("0s"))
show(lambda: struct.unpack("i", b"abc"))
show(lambda: struct.unpack_from("i", b"abcdef", 4))
show(lambda: struct.unpack_from("i", b"abcdef", -10))
show(lambda: struct.unpack_from("i", b"abcdef", -2))
show(lambda: struct.pack_into("i", bytearray(3), 0, 1))
show(lambda: struct.pack_into("i", bytearray(8), 6, 1))
show(lambda: struct.pack_into("i", bytearray(8), -10, 1))
show(lambda: list(struct.iter_unpack("i", b"abcde")))
show(lambda: list(struct.iter_unpack("", b"abcde")))
show(lambda: struct.unpack("i", "abcd"))
print(issubclass(struct.error, Exception), struct.error.__name__)
