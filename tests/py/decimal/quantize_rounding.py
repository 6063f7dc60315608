# Decimal.quantize and to_integral_value under every rounding mode (ties, negatives, 05UP), the default ROUND_HALF_EVEN, exponent results, Inexact/Rounded flags, and quantize's InvalidOperation when the result needs more digits than the precision.
from decimal import *
modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
values = ['2.5', '-2.5', '1.5', '0.5', '2.51', '-0.4', '5.1', '0.1', '-1.05', '1.25', '9.999', '0', '-0.0', '105', '0.06']
for r in modes:
    print(r, [str(Decimal(x).quantize(Decimal('1'), rounding=r)) for x in values])
    print(r, [str(Decimal(x).quantize(Decimal('0.1'), rounding=r)) for x in values])
    print(r, [str(Decimal(x).to_integral_value(rounding=r)) for x in values])
print(Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_DOWN), Decimal('7.325').quantize(Decimal('1.'), rounding=ROUND_UP), Decimal('2.675').quantize(Decimal('0.01')))
print(Decimal('1.2').quantize(Decimal('0.0001')), Decimal('123').quantize(Decimal('1E+1')), Decimal('123').quantize(Decimal('1E+2')), Decimal('-0.001').quantize(Decimal('0.1')))
getcontext().clear_flags()
print(Decimal('1.25').quantize(Decimal('0.1')), getcontext().flags[Inexact], getcontext().flags[Rounded])
getcontext().clear_flags()
print(Decimal('1.20').quantize(Decimal('0.1')), getcontext().flags[Inexact], getcontext().flags[Rounded])
with localcontext() as c:
    c.prec = 3
    try:
        Decimal('12345').quantize(Decimal('0.1'))
    except InvalidOperation as e:
        print('InvalidOperation', e)
    c.rounding = ROUND_UP
    print(Decimal('1.001') + 0, Decimal('-1.001') + 0, Decimal('12.34') * 1)
