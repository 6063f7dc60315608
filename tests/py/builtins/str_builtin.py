# str() conversion of every builtin value and decoding form str(bytes, encoding, errors).
for v in [0, -1.5, 1e100, True, None, [1, "a"], (1,), {"a": 1}, {2}, frozenset(), b"x", bytearray(b"y"), range(3), 1j, ..., NotImplemented, int, len]:
    print(str(v))
print(str(b"\xe2\x82\xac", "utf-8"), str(b"ab\xff", "ascii", "ignore"), str(object=5), repr(str()))
