# Every float function of math on a spread of arguments, compared bit for bit by repr, with domain/range errors.
import math
xs = [-3.5, -1.0, -0.5, -0.0, 0.0, 1e-10, 0.3, 0.5, 1.0, 1.5, 2.0, 3.7, 10.0, 100.0, 710.0, 1e300, float('inf'), float('-inf'), float('nan')]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'degrees', 'erf', 'erfc', 'exp', 'exp2',
         'expm1', 'fabs', 'gamma', 'lgamma', 'log', 'log10', 'log1p', 'log2', 'radians', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']
for name in names:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0] + ':' + str(e))
    print(name, ' '.join(out))
for x in [0.1, 0.25, 2.5, 4.5, 5.5, 7.25, 20.0, 23.0, 24.0, 30.5, 141.2, 171.5, 172.0, -0.1, -1.5, -2.5, -7.3, -150.5, -201.5, 1e-25]:
    for f in (math.gamma, math.lgamma):
        try:
            r = repr(f(x))
        except (ValueError, OverflowError) as e:
            r = type(e).__name__
        print(f.__name__, x, r)
