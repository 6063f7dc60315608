# hex(), bin(), oct() for positive, negative, zero, big ints and __index__ objects; errors for floats.
for n in [0, 1, -1, 10, 255, -255, 2 ** 40, -(2 ** 65)]:
    print(hex(n), bin(n), oct(n))
class I:
    def __index__(self): return 10
print(hex(I()), bin(I()), oct(I()))
try:
    hex(1.5)
except TypeError as e:
    print(e)
