# The int/str digit limit (sys.set_int_max_str_digits) along every conversion path: str(),
# repr(), f-strings, '%d', int() from str and bytes, int(x, base) for power-of-two bases (exempt),
# hex() (exempt), the exact messages, the limit's own validation, and sys.flags/int_info.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
for label, f in [('str', lambda: str(big)), ('repr', lambda: repr(big)), ('fstr', lambda: f'{big}'),
                 ('format d', lambda: format(big, 'd')), ('percent', lambda: '%d' % big),
                 ('format ,', lambda: format(big, ',')), ('int(str)', lambda: int('1' * 4301)),
                 ('int(bytes)', lambda: int(b'2' * 4301)), ('int(str, 16)', lambda: len(str(int('f' * 5000, 16) % 1000))),
                 ('hex', lambda: len(hex(big))), ('int base 7', lambda: int('1' * 4301, 7)),
                 ('int base 8', lambda: int('7' * 5000, 8) % 10), ('neg', lambda: str(-big)),
                 ('float', lambda: float('1' * 5000) > 0), ('decimal str ok', lambda: len(str(4300 * '9')))]:
    try:
        r = f()
        print(label, 'ok', r if not isinstance(r, str) or len(r) < 40 else len(r))
    except ValueError as e:
        print(label, 'ValueError:', e)
print(len(str(10 ** 4299)), len(str(-(10 ** 4299))))
try:
    str(10 ** 4300)
except ValueError as e:
    print('4301 digits:', e)
print(int('_'.join(['1'] * 3000)) % 100 if False else 'skip')
try:
    int('0' * 5000 + '7')
except ValueError as e:
    print(e)
for v in (0, 640, 639, -1, 10**20, 'x'):
    try:
        sys.set_int_max_str_digits(v)
        print('set', v, '->', sys.get_int_max_str_digits())
    except (ValueError, TypeError, OverflowError) as e:
        print('set', repr(v), type(e).__name__ + ':', e)
sys.set_int_max_str_digits(640)
try:
    str(10 ** 640)
except ValueError as e:
    print(e)
print(len(str(10 ** 639)))
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 20000)), sys.flags.int_max_str_digits)
try:
    sys.set_int_max_str_digits()
except TypeError as e:
    print('TypeError:', e)
print(int('1' * 50) == 11111111111111111111111111111111111111111111111111, int(' -0b1_01 ', 0), int('٣٤'))
for s, b in [('12', 1), ('12', 37), ('z', 36), ('0x1f', 16), ('0x1f', 0), ('010', 0), ('1__0', 10), ('', 10), ('0o8', 0)]:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, 'ValueError:', e)
