# cmath: every function on ordinary inputs (all four quadrants, real and int arguments, points near the branch cuts) gives CPython's values exactly.
import cmath
points = [1+2j, -1+2j, -1-2j, 1-2j, 0.5+0.25j, -0.3-0.7j, 2, -2, 3.5, 0.9999+0.0001j, 1e-5j, 1e3+1e3j, 0j, -0.0+1j, 1.5, -1.5, 0.5j, -2j, 1+1e-12j]
names = ['sqrt', 'exp', 'log', 'log10', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'sin', 'sinh', 'tan', 'tanh']
for name in names:
    f = getattr(cmath, name)
    out = []
    for z in points:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append('%s: %s' % (type(e).__name__, e))
    print(name, ' '.join(out))
for z in points:
    print(z, cmath.phase(z), cmath.polar(z), abs(z))
print(cmath.log(8, 2), cmath.log(1+1j, 10), cmath.log(-1, 1j), cmath.log(100, 10))
print(cmath.rect(1, cmath.pi / 2), cmath.rect(2, 0), cmath.rect(2, -0.0), cmath.rect(0, 1), cmath.rect(3, cmath.pi))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
