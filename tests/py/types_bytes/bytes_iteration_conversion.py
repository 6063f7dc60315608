# Iterating bytes yields ints; conversions between bytes, bytearray, list, str; memory-safe slicing.
b = b"Hi!"
print([x for x in b], list(reversed(b)), sum(b), max(b), bytes(reversed(b)))
print(bytes(bytearray(b)), bytearray(b) == b, b == bytearray(b), list(bytearray(b"\x00\xff")))
print(b"".join(bytes([c]) for c in b), b[0:1] * 3, b.decode("ascii").lower().encode())
print(bytes([x ^ 0x20 for x in b"abc"]), int.from_bytes(b, "big"), (4811041).to_bytes(3, "big"))
