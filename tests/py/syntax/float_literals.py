# Float literals: exponents, leading/trailing dots, underscores.
print(1.0, 1., .5, 0.25, 1e3, 1E-3, 2.5e+2)
print(1_000.000_1, 1_0e1_0)
print(0.0, -0.0, 3.14159)
print(1e308, 1e-308, 5e-324)
print(1e309, -1e309)
print(.1 + .2)
print(type(1e0).__name__, type(1.).__name__)
