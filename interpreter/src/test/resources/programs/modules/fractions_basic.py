# fractions.Fraction: construction (ints, strings, floats), lowest terms, arithmetic with ints,
# floats and Fractions, comparisons, hashing, rounding, limit_denominator, errors.
from fractions import Fraction
import math

print(Fraction(3, 6), Fraction(-4, -8), Fraction(5), Fraction(), repr(Fraction(1, -3)))
print(Fraction('3/4'), Fraction(' -1.25 '), Fraction('1e-3'), Fraction('7'), Fraction('1_000/3'), Fraction('.5'))
print(Fraction(0.1), Fraction(0.5), Fraction.from_float(2.5), Fraction(Fraction(2, 3), Fraction(4, 5)))
a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(Fraction(7, 2), Fraction(2, 3)))
print(a + 1, 1 + a, a * 3, 2 - a, 1 / a, a ** 2, a ** -2, (-a) ** 3, 2 ** Fraction(3), 4 ** Fraction(1, 2))
print(a + 0.5, type(a * 1.0).__name__, a + 1j, -a, +a, abs(Fraction(-3, 4)))
print(a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, Fraction(2) == 2, a < b, a > b, a <= 0.34, a >= 1)
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2), hash(Fraction(1, 3)), hash(Fraction(-1, 3)))
print(float(a), int(Fraction(-7, 2)), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(7, 2)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(1, 3), 2), round(Fraction(1234), -2))
print(Fraction(math.pi).limit_denominator(1000), Fraction('3.14159').limit_denominator(100), Fraction(1, 3).limit_denominator(10))
print(a.numerator, a.denominator, a.as_integer_ratio(), bool(Fraction(0)), bool(a))
print(sum([Fraction(1, n) for n in range(1, 6)]), sorted([Fraction(1, 2), 0.25, 1, Fraction(1, 3)]))
print({Fraction(1, 2): 'half'}[Fraction(2, 4)], str(Fraction(10, 5)), '%s and %r' % (a, a), f'{a}')
for args in [(1, 0), ('abc',), ('1/0',), (1.5, 2), ([],), ('1 /2',)]:
    try:
        Fraction(*args)
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    Fraction(0) ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    Fraction(1, 2).limit_denominator(0)
except ValueError as e:
    print('ValueError', e)
try:
    Fraction.from_float('x')
except TypeError as e:
    print('TypeError', e)
