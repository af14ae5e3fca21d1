# Pins down: math functions at their protocol and domain edges: floor/ceil/trunc through __floor__/
# __ceil__/__trunc__ (and their absence), isqrt/comb/perm/factorial argument errors and big values,
# log of huge ints and of 0/negatives, fsum exactness and its overflow message, prod with start
# and non-numbers, dist/hypot argument rules, copysign/fmod/remainder signed zeros, gcd/lcm with
# many and zero arguments, and the 'math domain error' against 'math range error' split.
import math
from fractions import Fraction

class Rounder:
    def __floor__(self):
        return 'floor!'
    def __ceil__(self):
        return 'ceil!'
    def __trunc__(self):
        return 'trunc!'
class FloatLike:
    def __float__(self):
        return 2.5

def t(label, fn):
    try:
        print(label, '->', repr(fn()))
    except (TypeError, ValueError, OverflowError, ZeroDivisionError) as e:
        print(label, '!!', type(e).__name__, e)

t('floor Rounder', lambda: math.floor(Rounder()))
t('ceil Rounder', lambda: math.ceil(Rounder()))
t('trunc Rounder', lambda: math.trunc(Rounder()))
t('floor FloatLike', lambda: math.floor(FloatLike()))
t('trunc FloatLike', lambda: math.trunc(FloatLike()))
t('floor str', lambda: math.floor('1'))
t('floor Fraction', lambda: (math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2))))
t('floor big float', lambda: math.floor(1e300) == 10**300)
t('floor inf', lambda: math.floor(float('inf')))
t('ceil nan', lambda: math.ceil(float('nan')))
t('floor bool', lambda: (math.floor(True), type(math.floor(True)).__name__))

t('isqrt', lambda: (math.isqrt(0), math.isqrt(99), math.isqrt(10**40 + 1)))
t('isqrt neg', lambda: math.isqrt(-1))
t('isqrt float', lambda: math.isqrt(4.0))
t('comb', lambda: (math.comb(10, 3), math.comb(3, 10), math.comb(100, 50) % 1000))
t('comb neg', lambda: math.comb(-1, 2))
t('comb neg k', lambda: math.comb(5, -1))
t('perm', lambda: (math.perm(5), math.perm(5, 2), math.perm(2, 5)))
t('perm float', lambda: math.perm(5.0))
t('factorial', lambda: (math.factorial(0), math.factorial(20)))
t('factorial neg', lambda: math.factorial(-1))
t('factorial float', lambda: math.factorial(5.0))
t('factorial huge', lambda: math.factorial(10**20))

t('log huge int', lambda: (round(math.log(10**400), 6), round(math.log10(10**400), 6), round(math.log2(2**2000), 6), round(math.log(2**3000, 2), 6)))
t('log 0', lambda: math.log(0))
t('log neg', lambda: math.log(-1))
t('log base 1', lambda: math.log(10, 1))
t('log base 0', lambda: math.log(10, 0))
t('log neg big', lambda: math.log(-10**400))
t('sqrt neg', lambda: math.sqrt(-1))
t('exp overflow', lambda: math.exp(1000))
t('exp underflow', lambda: math.exp(-1000))
t('pow domain', lambda: math.pow(-8, 1 / 3))
t('pow overflow', lambda: math.pow(10, 400))
t('pow zero neg', lambda: math.pow(0, -1))
t('acos domain', lambda: math.acos(2))
t('int to float overflow', lambda: math.sqrt(10**400))
t('ldexp', lambda: (math.ldexp(1, 1024 - 1), math.ldexp(1, -1075)))
t('ldexp overflow', lambda: math.ldexp(1, 1024))
t('frexp', lambda: (math.frexp(0.0), math.frexp(-8.0), math.frexp(float('inf'))))

t('fsum', lambda: (math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e308, 1e308, -1e308])))
t('fsum overflow', lambda: math.fsum([1e308, 1e308]))
t('fsum cases', lambda: (math.fsum([1e-16, 1, 1e16]), math.fsum([1e308, -1e308, 1e308]), math.fsum([1, 1e100, 1, -1e100] * 10000),
                         math.fsum([2.0 ** 53, -0.5, -2.0 ** -54]), math.fsum([float('nan'), float('inf')]), math.fsum(iter([])), math.fsum([-0.0])))
t('fsum big int', lambda: math.fsum([10**400]))
t('fsum str', lambda: math.fsum(['1']))
t('fsum inf nan', lambda: (math.fsum([float('inf'), 1]), math.fsum([float('inf'), float('-inf')])))
t('prod', lambda: (math.prod([]), math.prod([2, 3], start=10), math.prod(['ab', 3]) if False else math.prod([3, 'ab'])))
t('prod bad start', lambda: math.prod([1], start='x'))
t('prod fractions', lambda: math.prod([Fraction(1, 2), Fraction(2, 3)]))
t('dist', lambda: (math.dist((0, 0), (3, 4)), math.dist([1], [4])))
t('dist mismatch', lambda: math.dist((0, 0), (1,)))
t('dist non-seq', lambda: math.dist(1, 2))
t('hypot', lambda: (math.hypot(), math.hypot(3), math.hypot(3, 4, 12), math.hypot(float('inf'), float('nan'))))
t('hypot str', lambda: math.hypot('3'))
t('copysign zero', lambda: (math.copysign(0.0, -1), math.copysign(1, -0.0), math.copysign(float('nan'), -1.0)))
t('fmod inf', lambda: math.fmod(1, float('inf')))
t('fmod by inf of inf', lambda: math.fmod(float('inf'), 1))
t('remainder zero', lambda: math.remainder(1, 0))
t('gcd lcm', lambda: (math.gcd(), math.gcd(0, 0), math.gcd(12, -18, 30), math.lcm(), math.lcm(4, 6, 0), math.lcm(-4, 6)))
t('gcd float', lambda: math.gcd(1.0, 2))
t('isclose', lambda: (math.isclose(1, 1 + 1e-10), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(float('inf'), float('inf'))))
t('isclose neg tol', lambda: math.isclose(1, 1, rel_tol=-1))
t('nextafter ulp', lambda: (math.nextafter(1, 2) - 1 == math.ulp(1), math.ulp(0.0), math.ulp(float('inf'))))
t('isfinite etc', lambda: (math.isfinite(10**400), math.isinf(-math.inf), math.isnan(Fraction(1, 2))))
t('isfinite huge', lambda: math.isfinite(10**400 * 10))
t('degrees radians', lambda: (math.degrees(math.pi), math.radians(180) == math.pi))
t('tau e inf nan', lambda: (math.tau == 2 * math.pi, repr(math.inf), repr(math.nan), math.e))
