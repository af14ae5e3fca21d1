# str.translate/maketrans corners (None deletes, str values of any length, int values, a
# __getitem__ table raising LookupError vs other errors, maketrans argument errors), splitlines
# on every separator it knows (str and bytes differ), bytes.hex/bytearray.hex/memoryview.hex
# with sep and bytes_per_sep (negative counts from the left), and bytes.fromhex whitespace.
t = str.maketrans({'a': 'AA', 'b': None, 'c': 100, ord('d'): 'δ'})
print(sorted(t.items()), 'abcdx'.translate(t))
t2 = str.maketrans('abc', 'xyz', 'q')
print(sorted(t2.items()), 'aqbqc'.translate(t2))
for args in [('ab', 'x'), ({'ab': 1},), ({1.5: 'x'},), ('a',), ('a', 'b', 3), ({},)]:
    try:
        print('maketrans', sorted(str.maketrans(*args).items()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
class Table:
    def __getitem__(self, k):
        if k == ord('!'): raise KeyError(k)
        if k == ord('?'): raise IndexError(k)
        if k == ord('#'): raise ValueError('bad char')
        return chr(k).upper()
print('hi! ok?'.translate(Table()))
try:
    'a#b'.translate(Table())
except ValueError as e:
    print('ValueError:', e)
for bad in ({ord('a'): 2**40}, {ord('a'): 1.5}, {ord('a'): b'x'}, {ord('a'): -1}):
    try:
        print('a'.translate(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print('abc'.translate({97: 0x1F600}), 'abc'.translate([]) if False else 'skip', 'abc'.translate('xyzXYZ' * 20))
print(b'abcabc'.translate(bytes.maketrans(b'ab', b'AB'), b'c'), b'hello'.translate(None, b'l'))
try:
    b'x'.translate(b'short')
except ValueError as e:
    print('ValueError:', e)

seps = '\n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029'.split(' ')
text = 'x'.join(['L%d' % i for i in range(3)])
s = 'A' + 'B'.join(seps) + 'C'
print(s.splitlines())
print(s.splitlines(keepends=True))
print([len(x) for x in s.splitlines(True)])
b = b'A\nB\rC\r\nD\x0bE\x0cF\x1cG\x85H'
print(b.splitlines(), b.splitlines(True))
print('\r\n\r\n'.splitlines(), ''.splitlines(), '\n'.splitlines(True), 'a\r'.splitlines(True), 'one'.splitlines(1))

data = bytes(range(250, 256)) + b'\x00\x01\x02'
print(data.hex(), data.hex(':'), data.hex('-', 2), data.hex('-', -2), data.hex(' ', 4), data.hex('|', -4))
print(data.hex(b'_', 3), bytearray(data).hex('.', 1), memoryview(data).hex(':', -5), b''.hex(':'), b'\x01'.hex(':', 9))
for sep in ('', '::', 'é', 5):
    try:
        print(data.hex(sep))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(bytes.fromhex(' 0a 1B\t\n ff '), bytearray.fromhex(''), bytes.fromhex('\x0b00'))
for bad in ('0g', 'abc', '0 a', 'é0'):
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print('ValueError:', e)
