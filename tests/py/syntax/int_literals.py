# Integer literals: decimal, hex, octal, binary, underscores, big values.
print(0, 00, 7, 1234567890)
print(0x1F, 0XfF, 0o17, 0O777, 0b1011, 0B0)
print(1_000_000, 0x_FF_FF, 0o_7_7, 0b_1_0)
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFF)
print(-0x10, +0b11, -0o10)
print(type(10**30).__name__, 10**30)
