# Pins down: int() and float() parsing: base 0 prefixes and leading zeros, underscores rules,
# whitespace (including Unicode spaces), non-ASCII decimal digits (Arabic-Indic, fullwidth,
# Devanagari), bytes and bytearray inputs, signs, bases 2..36 and their errors, the messages
# (which quote the input with repr), int() of floats/strs of floats, and __int__/__index__/__trunc__
# fallbacks with their deprecation.
import warnings

def tryint(*args, **kw):
    try:
        return repr(int(*args, **kw))
    except (ValueError, TypeError, OverflowError) as e:
        return f'{type(e).__name__}: {e}'

cases = ['0x1F', '0o17', '0b101', '017', '00', '0_0', '1_000', '_1', '1_', '1__0', ' \t 42 \n', '+7', '-0',
         '\u00a012\u2003', '٣٤', '１２３', '१२', '1٣', '0x', '0b2', '1e3', '1.0', '', ' ', '- 5', '+-1', '0X_ff', '0_x1']
for s in cases:
    print(repr(s), 'base10', tryint(s), '| base0', tryint(s, 0), '| base16', tryint(s, 16))
for s, b in [('z', 36), ('Z', 36), ('10', 2), ('12', 2), ('7', 8), ('ff', 15), ('10', 1), ('10', 37), ('10', -1), ('0b1', 2), ('0x1', 16), ('0o7', 8), ('0b1', 16)]:
    print(repr(s), b, tryint(s, b))
print(tryint(b'42'), tryint(bytearray(b' -7 ')), tryint(b'0x10', 16), tryint(b'\xff'), tryint(memoryview(b'12')))
print(tryint(5, 10), tryint(5.0, 2), tryint('5', base=None), tryint(x='5') if False else '', tryint('5', 10.0))
print(tryint(3.99), tryint(-3.99), tryint(1e20), tryint(float('inf')), tryint(float('nan')), tryint('3.5'), tryint(True))

class Trunc:
    def __trunc__(self):
        return 8
class IntRet:
    def __int__(self):
        return 9
class IndexRet:
    def __index__(self):
        return 10
class BadInt:
    def __int__(self):
        return '9'
class IntSubRet:
    def __int__(self):
        return True
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(tryint(Trunc()), tryint(IntRet()), tryint(IndexRet()), tryint(BadInt()), tryint(IntSubRet()))
    for x in w:
        print('  warning', x.category.__name__, str(x.message)[:70])
print(tryint(object()), tryint([1]), tryint(None))

def tryfloat(s):
    try:
        return repr(float(s))
    except (ValueError, TypeError, OverflowError) as e:
        return f'{type(e).__name__}: {e}'
for s in ['1_0.5', '1._5', '1_e3', '1e_3', '1e3_0', '.5', '5.', '.', 'e3', '1e', ' -inf ', 'INFINITY', 'infinit', '+nan',
          '-nan', 'nan(123)', '٣.٥', '１.５', '1.5\u2003', '0x1p3', '1,5', '1 5', '', b'2.5', bytearray(b'-0.0'), '1e400', '-1e-400', '4.9e-324', '2.4e-324']:
    print(repr(s), tryfloat(s))
class F1:
    def __float__(self):
        return 1.5
class F2:
    def __float__(self):
        return 1
class F3:
    def __index__(self):
        return 3
print(tryfloat(F1()), tryfloat(F2()), tryfloat(F3()), tryfloat(2**1024), tryfloat(2**1023), tryfloat(None))
print(int('1' * 100) % 97, float('1' * 400) if False else 'skip', len(str(int('9' * 500))))
