# Pins down: fractions.Fraction arithmetic with int, float, complex, Decimal and bool (result
# types, NotImplemented paths), construction from strings ('3/4', ' -1.5e-2 ', '1_000/3'), floats,
# Decimals and other Fractions, limit_denominator, hashing equal to int/float, comparisons with
# nan/inf, pow with fractional and negative exponents, floor/ceil/round/trunc, and error messages.
from fractions import Fraction as F
from decimal import Decimal as D
import math

def show(label, v):
    print(f'{label:28} {type(v).__name__:9} {v!r}')

a = F(3, 4)
show('F + int', a + 1)
show('int + F', 1 + a)
show('F + float', a + 0.25)
show('float * F', 2.0 * a)
show('F + complex', a + 1j)
show('F + bool', a + True)
show('F / int', a / 3)
show('int / F', 3 / a)
show('F // F', F(7, 2) // F(1, 3))
show('F % F', F(7, 2) % F(1, 3))
show('F % float', F(7, 2) % 0.75)
show('divmod F int', divmod(F(-7, 2), 2))
show('F ** int', a ** 3)
show('F ** -int', a ** -2)
show('F ** F int-valued', a ** F(2))
show('F ** F frac', F(9, 4) ** F(1, 2))
show('int ** F', 4 ** F(1, 2))
show('int ** F intlike', 2 ** F(3))
show('F ** float', F(1, 4) ** 0.5)
show('neg F ** frac', F(-8) ** F(1, 3))
show('-F', -a)
show('abs', abs(F(-5, 3)))
show('+F', +a)
print('F vs Decimal', F(1, 2) == D('0.5'), D('0.5') == F(1, 2), F(1, 3) < D('0.34'), D('0.3') < F(1, 3), F(1, 2) != D('NaN'))

for s in ['3/4', ' -1.5e-2 ', '1_000/3', '7', '-0', '.5', '5.', '1e3', '  22/7\n', 'inf', 'nan',
          '1/0', '3/-4', '1 /2', '1__0', '', '0x10', '1.5/2']:
    try:
        show(f'F({s!r})', F(s))
    except (ValueError, ZeroDivisionError) as e:
        print(f'F({s!r})'.ljust(28), type(e).__name__, e)
for v in [0.1, -2.5, 1e-320, D('1.10'), D('-0'), F(5, 10), True, 10**30]:
    show(f'F({v!r})', F(v))
for v in [float('inf'), float('nan'), D('NaN'), D('-Infinity'), 'x', 1j, None]:
    try:
        F(v)
    except (ValueError, OverflowError, TypeError) as e:
        print(f'F({v!r})'.ljust(28), type(e).__name__, e)
for num, den in [(1, 0), (1.5, 2), (F(1, 2), F(1, 3)), (3, -6), (-0, 5)]:
    try:
        show(f'F({num!r}, {den!r})', F(num, den))
    except (ZeroDivisionError, TypeError) as e:
        print(f'F({num!r}, {den!r})'.ljust(28), type(e).__name__, e)

pi = F(math.pi)
for m in [1, 10, 100, 1000, 10**6]:
    print('limit', m, pi.limit_denominator(m))
try:
    pi.limit_denominator(0)
except ValueError as e:
    print('ValueError', e)

print(hash(F(5)) == hash(5), hash(F(1, 2)) == hash(0.5), hash(F(-1)) == hash(-1), F(1, 2) == 0.5, F(1, 3) == 1 / 3)
print({F(2): 'two'}[2], {0.5: 'half'}[F(1, 2)])
print(F(1, 2) < float('inf'), F(1, 2) > float('-inf'), F(1, 2) < float('nan'), F(1, 2) == float('nan'), F(1, 2) != float('nan'))
print(F(1, 2) == 0.5 + 0j, F(1, 2) == complex(0.5, 1), F(1, 3) < D('0.34') if False else 'dec-compare-skip')
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), round(F(-7, 2)), round(F(7, 2)), round(F(5, 2)))
print(round(F(1234, 100), 1), round(F(1234, 100), -1), type(round(F(1234, 100), -1)).__name__, int(F(-7, 2)), float(F(1, 3)))
print(F(3, 4).as_integer_ratio(), F(6, 8).numerator, F(6, 8).denominator, F(3, 4).is_integer() if hasattr(F, 'is_integer') else 'no is_integer')
print(str(F(3, 1)), repr(F(3, 1)), str(F(-1, 3)), format(F(1, 3), '') if False else 'fmt-skip')
print(sorted([F(1, 3), 0.3, 1, F(-1, 2), True, 0.33333]))
print(sum([F(1, n) for n in range(1, 8)]), math.prod([F(n, n + 1) for n in range(1, 6)]))

class Meters(F):
    pass
m = Meters(3, 2)
show('subclass + int', m + 1)
show('subclass * subclass', m * m)
show('subclass repr', m)

try:
    F(1, 2) + 'x'
except TypeError as e:
    print('TypeError', e)
try:
    F(1, 2) < 'x'
except TypeError as e:
    print('TypeError', e)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    F(1) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
