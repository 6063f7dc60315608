# int methods and attributes: bit_length, bit_count, to_bytes, from_bytes, conjugate, real/imag.
for n in [0, 1, 255, 256, -1, -256, 2 ** 100]:
    print(n, n.bit_length(), n.bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"))
try:
    (1000).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print((10).as_integer_ratio(), (-3).__abs__(), (7).__neg__())
print(int.__name__, (3).__add__(4), (3).__mul__("x"))
