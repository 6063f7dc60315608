# bytes() and bytearray() constructor forms: int size, iterable of ints, str with encoding, buffer.
print(bytes(2), bytes([1, 255]), bytes("hé", "utf-8"), bytes("hé", encoding="latin-1"), bytes(bytearray(b"x")))
print(bytearray(2), bytearray([65]), bytearray("z", "ascii"), bytearray(b"abc"), bytearray(range(3)))
for bad in [lambda: bytes("s"), lambda: bytes(-1), lambda: bytearray([300]), lambda: bytes(1.5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
