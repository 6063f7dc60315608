# Arbitrary-precision integers: overflow past 64 bits in every operation.
a = 2 ** 64
b = 3 ** 50
print(a, b)
print(a + b, a - b, a * b)
print(b // a, b % a, divmod(b, a))
print(-b // a, -b % a)
print(a ** 3)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 9223372036854775807)
print((1 << 100) >> 99, 1 << 100)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1, (2 ** 100) ^ (2 ** 99))
print(-(2 ** 100), ~(2 ** 100), abs(-(2 ** 70)))
print(2 ** 100 == 2 ** 100, 2 ** 100 > 2 ** 99, 2 ** 64 == 2.0 ** 64)
print(10 ** 40 // 7, 10 ** 40 % 7)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(int("123456789012345678901234567890") + 1)
print(hash(2 ** 61 - 1) == hash(0) or hash(2 ** 61 - 1))
print(len(str(7 ** 500)))
print(2 ** 100 / 2 ** 98)
