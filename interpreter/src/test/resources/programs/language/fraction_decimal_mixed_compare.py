# Fraction and Decimal against int and float: exact comparisons (0.1 vs Fraction(1, 10)), hashes
# agreeing across types for equal values, mixed arithmetic results and types, Decimal refusing
# Fraction arithmetic, the FloatOperation signal, nan comparisons, sorting a mixed list.
from fractions import Fraction as F
from decimal import Decimal as D, getcontext, FloatOperation, localcontext, InvalidOperation
import math
print(F(1, 10) == 0.1, F(3602879701896397, 36028797018963968) == 0.1, D('0.1') == 0.1, D(0.1) == 0.1)
print(F(1, 2) == D('0.5'), D('0.5') == F(1, 2), F(1, 3) < D('0.34'), D('0.33') < F(1, 3))
print(hash(F(1, 2)) == hash(0.5) == hash(D('0.5')), hash(F(5)) == hash(5) == hash(D(5)) == hash(5.0))
print(hash(F(-1)) == hash(-1) == -2, hash(D('-1')) == -2, hash(F(1, 3)) == hash(D(1) / 3))
print(len({F(1, 2), 0.5, D('0.5'), F(2, 4)}), len({1, 1.0, F(1), D(1), True}))
print(F(1, 3) + 1, F(1, 3) + 0.5, type(F(1, 3) + 0.5).__name__, 2 ** F(1, 2), F(4) ** F(1, 2), F(2) ** -2)
print(D('1.1') + 2, type(D(1) + True).__name__, D('7') // 2, D('-7') // 2, -7 // 2, D('-7') % 2, -7 % 2)
for op in (lambda: D(1) + F(1), lambda: D(1) + 1.5, lambda: F(1) + D(1), lambda: D(1) < 'a', lambda: F(1) < 'a'):
    try:
        print(op())
    except TypeError as e:
        print('TypeError:', e)
with localcontext() as ctx:
    ctx.traps[FloatOperation] = True
    try:
        D(1.5)
    except FloatOperation as e:
        print('FloatOperation', type(e).__mro__[1].__name__)
    try:
        print(D('1.5') < 2.0)
    except FloatOperation:
        print('FloatOperation on <')
    print(D('1.5') == 1.5)
    ctx.prec = 5
    print(D(1) / 7, D('123456789') + 0, +D('1.234567'))
nan = float('nan')
print(F(1) < nan, D('1') == nan, nan in [nan], D('NaN') == D('NaN'), D('NaN') is D('NaN'))
try:
    D('NaN') < 1
except InvalidOperation as e:
    print('InvalidOperation', type(e).__name__)
try:
    D('sNaN') == 1
except InvalidOperation:
    print('sNaN == raises InvalidOperation')
mixed = [F(1, 3), 0.3, D('0.35'), 1, True, F(-1, 2), -0.5, D('-0.50')]
print(sorted(mixed))
print(max(F(7, 2), 3.5), max(3.5, F(7, 2)), min(D('2'), 2, 2.0))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1, 3), 3), round(D('2.5')), round(D('2.675'), 2))
print(F('1.5e-3'), F(' -3/4 '), F(D('0.25')), F(0.25), F(1.1).limit_denominator(10), F(10, -4))
for bad in ('1/0', 'x', '1.5/2'):
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ':', e)
print(int(F(-7, 2)), int(D('-3.9')), float(F(1, 3)), float(D('1e400')) if False else 'x', complex(F(1, 2)))
print(F(1, 2).__round__(), divmod(F(7, 2), 1), divmod(D(7), D(-2)), divmod(7, -2), F(7, 2) % -1)
print(repr(F(0.5)), str(F(3, 1)), repr(D(0.5)), D('1.20') == D('1.2'), str(D('1.20') * 1), D('1e3').normalize(), D(10).as_integer_ratio())
