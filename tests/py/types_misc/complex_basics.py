# complex numbers: construction, arithmetic, real/imag/conjugate, abs, repr, comparisons.
z = 3 + 4j
print(z, z.real, z.imag, z.conjugate(), abs(z), type(z).__name__)
print(complex(1, 2), complex(), complex(2), complex("1+2j"), complex(" 3j "), complex(1.5, -0.5))
print(z + 1, z * 2, z * 1j, z / 2, z - z, (1 + 2j) * (3 - 1j), 1j * 1j, 1j ** 2)
print(repr(1j), repr(-1j), repr(1 + 0j), repr(complex(0, 0)), repr(-0j), repr(complex(1.5, 2)))
print(z == 3 + 4j, z != 3, 1 + 0j == 1, (2j).imag)
try:
    z < 1j
except TypeError as e:
    print(e)
try:
    complex("junk")
except ValueError as e:
    print(e)
try:
    1j // 1
except TypeError as e:
    print(e)
print(hash(1 + 0j) == hash(1), bool(0j), bool(1j))
