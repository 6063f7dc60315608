# Three-argument pow: a user object's __pow__(exp, mod) is called (Decimal's modular power with its sign rules), and the TypeError for unsupported operands names all three types.
from decimal import Decimal
print(pow(Decimal(3), 4, 5), pow(Decimal(-3), 3, 5), pow(2, 10, 1000))
class M:
    def __pow__(self, e, m=None):
        return ('pow', e, m)
print(pow(M(), 2, 7), pow(M(), 2))
for args in [('a', 2, 3), (2.0, 2, 3), (2, 2.0, 3)]:
    try:
        pow(*args)
    except TypeError as e:
        print('TypeError:', e)
for b in [3, -3, 7, -7, 0, 10]:
    for e in [0, 1, 2, 3, 5]:
        for m in [5, -5, 7, 1]:
            try:
                print(b, e, m, pow(Decimal(b), e, m), pow(Decimal(b), Decimal(e), Decimal(m)))
            except Exception as ex:
                print(b, e, m, type(ex).__name__)
