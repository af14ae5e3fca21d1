# Pins down: complex() parsing of strings (spaces, parentheses, signs, 'j' alone, infinities and
# nan, underscores) and its error messages, complex(real, imag) with complex arguments, repr of
# signed zeros, nan and inf parts, __complex__ / __float__ / __index__ fallbacks and their
# deprecation, arithmetic corners (division by zero messages, ** with 0 and negative bases),
# abs overflow, and comparisons that are refused.
class HasComplex:
    def __complex__(self):
        return 1 + 2j
class HasFloat:
    def __float__(self):
        return 2.5
class HasIndex:
    def __index__(self):
        return 7
class BadComplex:
    def __complex__(self):
        return 5
class SubComplexRet:
    def __complex__(self):
        return MyComplex(3, 4)
class MyComplex(complex):
    pass

for s in ['1+2j', ' (1+2j) ', '-j', 'j', '+1.5J', '1e3-1e-3j', 'inf+nanj', '-infj', 'NaN', '1_0+2_0j', '( 3 )',
          '1 + 2j', '(1+2j', '', 'j1', '1+', '1j+2', '1__0j', '0x10', '\t5\n', '(-0-0j)']:
    try:
        print(repr(s), '->', complex(s))
    except ValueError as e:
        print(repr(s), '!!', e)
for args in [(1, 2), (1j, 1j), (1 + 1j, 2), (1, 2 + 3j), (HasComplex(),), (HasFloat(),), (HasIndex(),),
             ('1', 2), (1, '2'), (None,), (HasFloat(), HasIndex()), (BadComplex(),), (MyComplex(1, 1),)]:
    try:
        r = complex(*args)
        print(args.__class__.__name__, len(args), type(args[0]).__name__, '->', r, type(r).__name__)
    except (TypeError, ValueError) as e:
        print(len(args), type(args[0]).__name__, '!!', type(e).__name__, e)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = complex(SubComplexRet())
    print(r, type(r).__name__, [str(x.message)[:60] for x in w])
print(type(MyComplex(SubComplexRet())).__name__ if False else 'skip')

for v in [complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), complex(float('nan'), -1),
          complex(float('inf'), float('-inf')), -1j, 1j * -1, -(1j), 1e300j * 1e10, complex(1e-320, 5e-324), 2j ** 0.5]:
    print(repr(v), str(v), v.real, v.imag)

for a, b in [(1 + 1j, 0), (1 + 1j, 0j), (0j, 0j), (1, 0j)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
for base, exp in [(0j, 0), (0j, 0j), (0j, -1), (0j, 1j), (-1, 0.5), (-8, 1 / 3), (1j, 2), (2, 1j), (1j, 1j)]:
    try:
        print(base, '**', exp, '->', base ** exp)
    except ZeroDivisionError as e:
        print(base, '**', exp, 'ZeroDivisionError', e)
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print('OverflowError', e)
try:
    (1e200j) ** 10
except OverflowError as e:
    print('OverflowError', e)
for expr in ['1j < 2j', '1j > 0', 'int(1j)', 'float(1j)', '1j // 2', '1j % 2', 'divmod(1j, 2)', 'round(1j)']:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, 'TypeError', e)
print(1j == 1j + 0, 1 + 0j == 1, 1 + 0j == 1.0, hash(1 + 0j) == hash(1), {1: 'a'}[1 + 0j], (1 + 2j).conjugate())
print(complex.__new__(MyComplex, 1, 2), repr(MyComplex(3)), MyComplex(3) + 1, type(MyComplex(3) + 1).__name__)
print(format(1 + 2j, '^20'), format(-1.5j, '+.3f'), format(complex(float('nan'), 1), ''), f'{3j:e}')
