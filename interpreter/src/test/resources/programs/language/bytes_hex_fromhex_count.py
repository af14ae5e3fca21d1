# bytes.hex with a separator, fromhex's whitespace, count/replace/strip with arguments
b = bytes(range(0x0a, 0x12))
print(b.hex(), b.hex(':'), b.hex('-', 2), b.hex(' ', -3), b.hex(b'|', 1), bytearray(b).hex('.', 4))
for bad in (lambda: b.hex('::'), lambda: b.hex(''), lambda: b.hex('é'), lambda: b.hex(1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(bytes.fromhex('de ad  be\tef'), bytearray.fromhex(' 01 02 '), bytes.fromhex(''))
for bad in ('0', 'zz', '0 1', '01 0g'):
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print('ValueError:', e)
s = b'abcabcab'
print(s.count(b'ab'), s.count(b'ab', 1), s.count(b'ab', 1, -1), s.count(97), s.count(b''), s.count(b'', 2, 4))
print(s.replace(b'ab', b'X'), s.replace(b'ab', b'X', 2), s.replace(b'', b'-'), s.replace(b'', b'-', 3))
print(b'xxhixx'.strip(b'x'), b'  hi  '.lstrip(), b'abchiabc'.rstrip(b'cba'), bytearray(b'..a..').strip(b'.'))
print(b'a,b'.split(b','), b'a b  c'.split(None, 1), b'a.b.c'.rpartition(b'.'), b'abc'.find(98), b'abc'.index(b'c'))
try:
    b'abc'.index(b'z')
except ValueError as e:
    print('ValueError:', e)
try:
    b'abc'.count('a')
except TypeError as e:
    print('TypeError:', e)
try:
    b'abc'.strip('a')
except TypeError as e:
    print('TypeError:', e)
print(b'%s-%d-%x' % (b'ab', 5, 255), b'abc'.title(), b'Hello World'.swapcase(), b'\xe9t\xe9'.upper())
