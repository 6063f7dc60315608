# decimal.Decimal: construction from str/int/float/tuple, str and repr (plain and scientific forms, specials), exact arithmetic with context precision, comparisons and hashing with int/float, conversions, as_tuple, normalize, format.
from decimal import Decimal, getcontext
import decimal
for s in ['3.14', '-0', '0.000', '1E+3', '1e-7', '123.456e2', '0.000001', '0.0000001', '-12.3400', '  42  ', '1_000.5', 'NaN', '-sNaN', 'Infinity', '-inf', '+5', '.5', '5.', '1E+999999']:
    d = Decimal(s)
    print(repr(s), str(d), repr(d), d.is_nan(), d.is_infinite(), d.is_zero(), d.is_signed(), d.is_finite())
print(Decimal(10), Decimal(-7), Decimal(0.1), Decimal(2.5), Decimal(-0.0), Decimal(float('inf')), Decimal(10 ** 30), Decimal((1, (1, 4, 1, 4), -3)), Decimal((0, (), 'F')))
print(Decimal('1.1') + Decimal('2.2'), Decimal('1.30') + Decimal('1.20'), Decimal('1.3') * Decimal('1.2'), Decimal(1) / Decimal(7), Decimal(1) / 8, Decimal(10) / 4, Decimal('1.00') / 5)
print(Decimal(-7) // 2, Decimal(-7) % 2, divmod(Decimal(7), Decimal(-2)), Decimal(7) // Decimal('0.3'), Decimal('7.5') % Decimal('2'))
print(Decimal(2) ** 10, Decimal('1.1') ** 2, Decimal(2) ** -2, Decimal(-2) ** 3, Decimal('0.5') ** 3, 2 ** Decimal(3))
print(sum([Decimal('0.1')] * 10), Decimal('0.1') * 3 == Decimal('0.3'), 0.1 * 3 == 0.3, 1 + Decimal('0.5'), 3 - Decimal('0.5'), 2 * Decimal('0.25'), 1 / Decimal(4))
print(Decimal('1.5') == 1.5, Decimal(1) == 1, Decimal('1.0') == Decimal('1'), Decimal(1) < 2, Decimal('0.1') == 0.1, Decimal('NaN') == Decimal('NaN'), Decimal(2) > 1.5, Decimal('-Infinity') < -10 ** 100)
print(hash(Decimal('1.5')) == hash(1.5), hash(Decimal(3)) == hash(3), hash(Decimal('3.000')) == hash(3), hash(Decimal('0.1')) == hash(0.1), len({Decimal('1'), Decimal('1.0'), 1, 1.0}))
print(sorted([Decimal('2'), Decimal('-1'), Decimal('0.5'), Decimal('-Infinity')]), max(Decimal('1.5'), Decimal('1.50')), min([Decimal(3), 2, Decimal('2.5')]))
print(int(Decimal('-3.7')), int(Decimal('1E+3')), float(Decimal('2.5')), float(Decimal('-NaN')), round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('2.567'), 2), round(Decimal('2.5'), 0))
print(abs(Decimal('-2')), -Decimal('1'), -Decimal('0'), +Decimal('1.00'), bool(Decimal(0)), bool(Decimal('0.001')), bool(Decimal('NaN')))
import math
print(math.floor(Decimal('-2.5')), math.ceil(Decimal('2.1')), math.trunc(Decimal('-2.9')))
print(Decimal('1.23').as_tuple(), Decimal('-0.5').as_integer_ratio(), Decimal('2.50').as_integer_ratio(), Decimal('100').normalize(), Decimal('1.2300').normalize(), Decimal('0.00').normalize())
print(Decimal('123.45').adjusted(), Decimal('0.001').adjusted(), Decimal('1E+5').to_eng_string(), Decimal('123E+5').to_eng_string(), Decimal('123E+5'), Decimal('1E-10').to_eng_string())
print(Decimal(5).max(3), Decimal(5).min(3), Decimal(1).compare(2), Decimal(2).compare(2), Decimal('-1.5').copy_abs(), Decimal('1.5').copy_negate(), Decimal(3).copy_sign(Decimal(-1)))
print(Decimal('1.5').same_quantum(Decimal('2.7')), Decimal('1.5').same_quantum(Decimal('2')), Decimal.from_float(0.25), Decimal.from_float(5))
print(format(Decimal('1234.5678'), '.2f'), format(Decimal('1234.5678'), ',.2f'), f"{Decimal('3.14159'):>10.3f}|", f"{Decimal('-3.14159'):<10.1f}|", f"{Decimal('0.5'):.0%}", format(Decimal('1.5')), f"{Decimal('12345.678'):.3e}", f"{Decimal('2.5'):.0f}")
for bad in ['abc', '1.2.3', '', 'e5', '1e', '--1']:
    try:
        Decimal(bad)
    except decimal.InvalidOperation as e:
        print(repr(bad), type(e).__name__, e)
for bad in [[1, 2], None, 1j]:
    try:
        Decimal(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
