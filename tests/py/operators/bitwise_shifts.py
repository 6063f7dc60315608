# Bitwise operators and shifts, including negatives and large shifts.
print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
print(1 << 0, 1 << 1, 1 << 62, 1 << 63, 1 << 64)
print(256 >> 4, 255 >> 8, -1 >> 10, -256 >> 4, -257 >> 4)
print(5 >> 100, -5 >> 100)
print(0xFF & ~0x0F, bin(0b1010 ^ 0b0110))
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 << 1.0
except TypeError as e:
    print(type(e).__name__, e)
print(True << 3, 7 & True)
