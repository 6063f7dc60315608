# cmath with infinite, NaN and signed-zero parts: CPython's special values (C99 Annex G) for every function, ValueError where CPython raises it; complex(x, -0.0) keeps the negative zero.
import cmath
inf, nan = float('inf'), float('nan')
vals = [0.0, -0.0, 1.0, -1.0, 2.5, inf, -inf, nan]
names = ['sqrt', 'exp', 'log', 'log10', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'sin', 'sinh', 'tan', 'tanh']
for name in names:
    f = getattr(cmath, name)
    for x in vals:
        for y in vals:
            try:
                r = f(complex(x, y))
                print(name, x, y, r)
            except Exception as e:
                print(name, x, y, type(e).__name__)

print(complex(1.0, -0.0), complex(-0.0, -0.0), complex(2.5), complex(-0.0), complex(1+2j, 3), complex(1+2j, 3j), complex(1, 2j), complex(1j), complex(-0.0j), complex(0.0, -0.0j), complex(), complex(imag=-0.0), complex('1-0j'))
