# Three-argument pow with negative exponents (modular inverse) and big moduli.
print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(2, -2, 11), pow(38, -1, 97))
print(pow(12345678901234567890, 98765, 10 ** 9 + 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
print(pow(0, 0), pow(0, 0, 1), pow(5, 0, 1))
