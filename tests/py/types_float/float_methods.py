# Float methods: is_integer, as_integer_ratio, hex/fromhex, conjugate, real/imag.
for v in [1.0, 1.5, -3.0, 0.0, 1e300, 0.1]:
    print(v, v.is_integer(), v.as_integer_ratio())
print((1.5).real, (1.5).imag, (1.5).conjugate())
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(e)
print(float("inf").is_integer(), float("nan").is_integer())
