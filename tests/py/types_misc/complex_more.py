# More complex-number behaviour: mixed arithmetic with ints/floats, equality, division, abs.
a = 1 + 2j
print(a + 1.5, a - 2, 2 * a, a / (1 - 1j), a ** 2, abs(-3j), complex(3, 4) == 3 + 4j)
print(a.real + a.imag, (1j).conjugate(), complex("-1.5-2.5j"), complex(real=1, imag=-1))
try:
    1 / 0j
except ZeroDivisionError as e:
    print(e)
print(1j == 1j, 0j == 0, 1 + 0j == 1.0, repr(2 + 0j), repr(-2.5 + 1e-5j))
