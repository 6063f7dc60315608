# decimal contexts: getcontext().prec and rounding, localcontext (with and without kwargs) restoring the previous context, flags and traps, signals raised as CPython's (DivisionByZero, InvalidOperation with its condition list, Overflow), the exception hierarchy, Basic/Extended contexts.
from decimal import *
import decimal
print(getcontext())
ctx = getcontext()
ctx.prec = 6
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal('123456789') + 0, Decimal('123456789'), +Decimal('123456789'))
ctx.prec = 28
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal(16).sqrt(), Decimal('0.25').sqrt(), Decimal(100).sqrt(), Decimal('1E-4').sqrt())
with localcontext() as c:
    c.prec = 3
    print(Decimal(10) / 3, c.prec, getcontext().prec, getcontext() is c)
print(getcontext().prec, Decimal(10) / 3)
with localcontext(prec=5, rounding=ROUND_DOWN):
    print(Decimal(2) / 3, getcontext().rounding)
with localcontext(ExtendedContext) as c:
    print(Decimal(1) / 0, Decimal(0) / 0, Decimal(-1).sqrt(), c.flags[DivisionByZero], c.flags[InvalidOperation])
print(getcontext().rounding)
getcontext().clear_flags()
for f in [lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal(-4).sqrt(), lambda: Decimal('x'), lambda: Decimal('1E+999999') * 10,
          lambda: Decimal(10) // Decimal('1E-30'), lambda: Decimal('Infinity') - Decimal('Infinity'), lambda: Decimal(5) % 0, lambda: Decimal(1).quantize(Decimal('1E-30'))]:
    try:
        print(f())
    except DecimalException as e:
        print(type(e).__name__, e, isinstance(e, ArithmeticError))
print(sorted(k.__name__ for k, v in getcontext().flags.items() if v))
getcontext().traps[DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0)
getcontext().traps[DivisionByZero] = True
getcontext().traps[Inexact] = True
try:
    Decimal(1) / 3
except Inexact as e:
    print('Inexact', e)
getcontext().traps[Inexact] = False
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(DivisionUndefined, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError),
      issubclass(Overflow, Inexact), issubclass(Overflow, Rounded), issubclass(ConversionSyntax, InvalidOperation), issubclass(FloatOperation, TypeError))
print(BasicContext.prec, BasicContext.rounding, ExtendedContext.prec, DefaultContext.prec, MAX_PREC, ROUND_HALF_EVEN)
c = Context(prec=4, rounding=ROUND_HALF_UP)
print(c, c.create_decimal('1.23456'), c.add(Decimal('1.1111'), Decimal('2.22222')), c.divide(1, 3), c.sqrt(2), c.power(2, 10), c.quantize(Decimal('1.2345'), Decimal('0.01')))
for bad in [lambda: setattr(c, 'prec', 0), lambda: setattr(c, 'rounding', 'NOPE'), lambda: setattr(c, 'prec', 'x')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
