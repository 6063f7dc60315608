# Edge cases: leading zeros in floats, exponent forms, complex (imaginary) literals.
print(00.5, 007.0, 0e0, 0.e1)
print(1j, 2.5j, 1e2j, 0j, 3 + 4j)
print(type(1j).__name__)
print(0x7fffffffffffffff + 1, -0x8000000000000000 - 1)
print(1_2.3_4, 1_2e1)
