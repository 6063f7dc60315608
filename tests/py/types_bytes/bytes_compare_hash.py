# bytes comparisons, hashing, use as dict keys; bytes vs str never equal.
d = {b"key": 1, "key": 2}
print(d[b"key"], d["key"], len(d), b"a" == "a", b"abc" < b"abd", b"" < b"\x00", sorted([b"b", b"a", b"ab"]))
print(hash(b"x") == hash(b"x"), b"x" in {b"x": 0}, bytearray(b"x") == b"x", b"x" != bytearray(b"y"))
