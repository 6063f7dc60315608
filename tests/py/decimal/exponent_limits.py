# Contexts with small Emin/Emax: overflow to Infinity or the largest value by rounding mode, subnormal results and underflow to zero, clamping, with the flags each sets (ExtendedContext-style, no traps), and Overflow raised when trapped.
from decimal import *
def show(label, f, ctx):
    ctx.clear_flags()
    try:
        r = f()
    except DecimalException as e:
        r = '%s %s' % (type(e).__name__, e)
    print(label, r, sorted(k.__name__ for k, v in ctx.flags.items() if v))
for rounding in [ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR]:
    c = Context(prec=3, rounding=rounding, Emin=-5, Emax=5, traps=[])
    show(rounding + ' big', lambda: c.multiply(Decimal('999'), Decimal('1000')), c)
    show(rounding + ' -big', lambda: c.multiply(Decimal('-999'), Decimal('1000')), c)
    show(rounding + ' edge', lambda: c.add(Decimal('9.99E+5'), Decimal('0.004E+5')), c)
c = Context(prec=3, Emin=-5, Emax=5, traps=[])
for a, b in [('1E-5', '3'), ('1E-5', '1000'), ('1.23E-5', '10'), ('1E-5', '1E+3'), ('5E-8', '1'), ('4E-8', '1'), ('1', '3')]:
    show('div %s/%s' % (a, b), lambda: c.divide(Decimal(a), Decimal(b)), c)
show('mul tiny', lambda: c.multiply(Decimal('1.11E-3'), Decimal('1E-4')), c)
show('zero tiny', lambda: c.multiply(Decimal('0E-5'), Decimal('1E-5')), c)
show('plus', lambda: c.plus(Decimal('123456')), c)
cc = Context(prec=3, Emin=-5, Emax=5, clamp=1, traps=[])
show('clamp', lambda: cc.plus(Decimal('1E+5')), cc)
show('clamp2', lambda: cc.plus(Decimal('1.2E+4')), cc)
t = Context(prec=3, Emin=-5, Emax=5)
show('trapped', lambda: t.multiply(Decimal('999'), Decimal('1000')), t)
show('ok', lambda: t.multiply(Decimal('99'), Decimal('10')), t)
