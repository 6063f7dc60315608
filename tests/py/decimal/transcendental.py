# Decimal exp, ln, log10, sqrt and non-integer powers at several precisions are correctly rounded and carry the full precision as CPython's (2.0000 for 4 ** 0.5 at prec 5).
from decimal import *
vals = ['0.5', '1', '2', '0.001', '123.456', '-1', '1E-10', '2.718281828']
for prec in [5, 16]:
    with localcontext() as c:
        c.prec = prec
        for v in vals:
            d = Decimal(v)
            out = []
            for f in (lambda: d.exp(), lambda: d.ln(), lambda: d.log10(), lambda: d.sqrt(), lambda: d ** Decimal('0.5'), lambda: d ** Decimal('1.5'), lambda: Decimal(2) ** d):
                try:
                    out.append(str(f()))
                except Exception as e:
                    out.append(type(e).__name__)
            print(prec, v, ' '.join(out))
getcontext().prec = 5
print(Decimal(4) ** Decimal("0.5"), Decimal(100) ** Decimal("1.5"), Decimal("0.25") ** Decimal("0.5"), Decimal(1) ** Decimal("2.5"), Decimal(9) ** Decimal("-0.5"), Decimal(0) ** Decimal("0.5"), Decimal(4).sqrt())
