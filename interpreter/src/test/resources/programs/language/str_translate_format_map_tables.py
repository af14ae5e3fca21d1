# Pins down: str.translate with dict tables (int keys to str/int/None, str keys ignored, values
# out of range, a custom mapping whose __getitem__ raises LookupError or other errors), str.maketrans
# forms and their errors, bytes.translate with delete and None table, str.format_map with
# __missing__ mappings and non-dict mappings (attribute and index fields inside), and
# string.Formatter subclass hooks (get_value, convert_field, format_field).
import string

tbl = str.maketrans({'a': 'A', 'b': None, 'c': 'ccc', 100: 68})
print(tbl == {97: 'A', 98: None, 99: 'ccc', 100: 68})
print('abcdabcd'.translate(tbl))
print('xyz'.translate({ord('x'): 120, ord('y'): 0x1F600, ord('z'): ''}))
print('abc'.translate({'a': 'Z'}), 'abc'.translate({}))
for bad in [{97: 0x110000}, {97: -1}, {97: 2.5}, {97: b'x'}]:
    try:
        print('abc'.translate(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

class Rot13:
    def __getitem__(self, c):
        if 97 <= c <= 122:
            return (c - 97 + 13) % 26 + 97
        if c == 33:
            raise IndexError('bang')
        if c == 63:
            raise ValueError('question')
        raise LookupError(c)
print('hello, world'.translate(Rot13()))
print('wow!'.translate(Rot13()))
try:
    'why?'.translate(Rot13())
except ValueError as e:
    print('ValueError', e)

print(str.maketrans('abc', 'xyz'), str.maketrans('ab', 'xy', 'q'), str.maketrans('', '', 'de'))
for args in [('ab', 'x'), ({'ab': 'x'},), ({1.5: 'x'},), ('a',), (1, 2), ({'a': 1}, 'b'), ('a', 'b', 5)]:
    try:
        print(str.maketrans(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

bt = bytes.maketrans(b'abc', b'ABC')
print(len(bt), b'aabbcc'.translate(bt), b'aabbcc'.translate(None, b'b'), b'abc'.translate(bt, delete=b'a'))
print(bytearray(b'hello').translate(None, b'l'), b'abc'.translate(bytearray(bt)))
for bad in [(b'short',), (b'abc', 'x')]:
    try:
        print(b'abc'.translate(*bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bytes.maketrans(b'ab', b'c')
except ValueError as e:
    print('ValueError', e)

class Default(dict):
    def __missing__(self, key):
        return '{' + key + '}'
print('{name} is {age} and {unknown}'.format_map(Default(name='Ann', age=3)))
print('{0}'.format_map({'0': 'zero-str-key'}) if False else 'positional-skip')
try:
    '{0}'.format_map({})
except (KeyError, ValueError) as e:
    print(type(e).__name__, e)

class Obj:
    attr = 'A'
    items = ['i0', 'i1']
class Lookup:
    def __getitem__(self, k):
        print('  lookup', repr(k))
        if k == 'obj':
            return Obj()
        if k == 'd':
            return {'key': 'dv', 3: 'three'}
        raise KeyError(k)
print('{obj.attr} {obj.items[1]} {d[key]} {d[3]}'.format_map(Lookup()))
try:
    '{missing}'.format_map(Lookup())
except KeyError as e:
    print('KeyError', e)
try:
    '{obj.nothing}'.format_map(Lookup())
except AttributeError as e:
    print('AttributeError', e)
try:
    'x'.format_map(5)
except TypeError as e:
    print('TypeError', e)
print('no fields'.format_map(5) if False else 'no-fields-skip', '{{}}'.format_map({}))

class Fmt(string.Formatter):
    def get_value(self, key, args, kwargs):
        print('  get_value', repr(key))
        if isinstance(key, int):
            return args[key] if key < len(args) else f'<arg{key}>'
        return kwargs.get(key, f'<{key}>')
    def convert_field(self, value, conversion):
        print('  convert_field', repr(value), conversion)
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)
    def format_field(self, value, spec):
        print('  format_field', repr(value), repr(spec))
        return super().format_field(value, spec)
f = Fmt()
print(f.format('{} {} {x!u} {y!r:>6} {0[0]}', 'ab', x='low'))
print(f.format('{a:{w}}|', a='q', w=4))
try:
    f.format('{} {0}', 1)
except ValueError as e:
    print('ValueError', e)
print(list(string.Formatter().parse('a{b!r:>3}c{{d}}{}')))
try:
    print(string.Formatter().format('{!z}', 1))
except ValueError as e:
    print('ValueError', e)
