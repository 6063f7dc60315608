# cmath predicates (isfinite, isinf, isnan, isclose with tolerances) and errors: ValueError for domain errors, OverflowError for overflow, TypeError for non-numbers.
import cmath
for z in [1+1j, complex(float('inf'), 0), complex(0, float('nan')), 5, 2.5]:
    print(z, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1+1j, 1+1.001j), cmath.isclose(1+1j, 1+1.001j, rel_tol=0.01))
print(cmath.isclose(0j, 1e-10j), cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(complex('inf'), complex('inf')))
def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)
attempt('log0', cmath.log, 0)
attempt('log0j', cmath.log, 0j)
attempt('log10_0', cmath.log10, 0)
attempt('atanh1', cmath.atanh, 1)
attempt('atanh-1', cmath.atanh, -1)
attempt('atan1j', cmath.atan, 1j)
attempt('exp_big', cmath.exp, 1000)
attempt('exp_big_j', cmath.exp, complex(1000, 1))
attempt('cosh_big', cmath.cosh, 1000)
attempt('sinh_big', cmath.sinh, complex(1000, 1))
attempt('sin_big', cmath.sin, complex(1, 1000))
attempt('sqrt_str', cmath.sqrt, 'x')
attempt('sqrt_none', cmath.sqrt, None)
attempt('rect_inf', cmath.rect, 1, float('inf'))
attempt('log_base1', cmath.log, 2, 1)
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 0.25
print(cmath.sqrt(C()), cmath.exp(F()), cmath.polar(C()))
