# decimal arithmetic (+ - * / divmod sqrt, unary plus, quantize) on pseudo-random operands under every rounding mode and several precisions matches CPython digit for digit, with the Inexact/Rounded flags.
from decimal import *
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
def rdec():
    digits = ''.join(str(rnd(10)) for _ in range(1 + rnd(15)))
    exp = rnd(20) - 10
    sign = '-' if rnd(2) else ''
    return Decimal('%s%sE%d' % (sign, digits, exp))
out = []
for prec in [1, 3, 7, 16, 28]:
    for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
        with localcontext() as ctx:
            ctx.prec = prec
            ctx.rounding = r
            for _ in range(25):
                a, b = rdec(), rdec()
                res = [a + b, a - b, a * b]
                if b:
                    res.append(a / b)
                    try:
                        res.extend(divmod(a, b))
                    except InvalidOperation as e:
                        res.append('DI')
                res.append(abs(a).sqrt())
                res.append(+a)
                try:
                    res.append(a.quantize(Decimal('1E-2')))
                except InvalidOperation as e:
                    res.append('QI')
                print(prec, r, a, b, ' '.join(str(x) for x in res), ctx.flags[Inexact], ctx.flags[Rounded])
