# bytes and bytearray at their corners: hex() with separators and group sizes, fromhex with
# whitespace (and its error position), bytearray slice assignment growing/shrinking, extended
# slices with length mismatch, in-place ops while a memoryview is exported (BufferError),
# bytes from iterables/ints/buffers and the errors, translate with delete, the search methods
# taking ints, str() of bytes, and % formatting of bytes.
b = bytes(range(0x41, 0x47))
print(b.hex(), b.hex(':'), b.hex('-', 2), b.hex(' ', -4), b'\x00\xff'.hex(b'|'), b''.hex(':'))
print(bytes.fromhex(' 41 42\t43\n44 '), bytearray.fromhex('ff00'), bytes.fromhex(''))
for bad in ('4', '41 4', 'zz', '41\x0042'):
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print('ValueError', repr(bad), e)
ba = bytearray(b'0123456789')
ba[2:5] = b'XY'
print(ba)
ba[0:0] = b'<<<'
print(ba)
ba[-2:] = []
print(ba)
ba[::2] = b'abcde'
print(ba, len(ba))
try:
    ba[::2] = b'ab'
except ValueError as e:
    print('ValueError', e)
del ba[::3]
print(ba)
ba[1] = 0x7a
try:
    ba[1] = 256
except ValueError as e:
    print('ValueError', e)
try:
    ba[1] = b'z'
except TypeError as e:
    print('TypeError', e)
print(ba)
ba2 = bytearray(b'abc')
mv = memoryview(ba2)
try:
    ba2.append(1)
except BufferError as e:
    print('BufferError', e)
try:
    ba2 += b'x'
except BufferError as e:
    print('BufferError', e)
ba2[0] = 0x41
mv.release()
ba2.extend(b'def')
print(ba2, mv.released if hasattr(mv, 'released') else '')
try:
    mv[0]
except ValueError as e:
    print('ValueError', e)
print(bytes(3), bytes([1, 2]), bytes(b'x'), bytes(bytearray(b'y')), bytes(memoryview(b'zz')), bytes('é', 'utf-8'), bytes())
for bad in (lambda: bytes(-1), lambda: bytes([256]), lambda: bytes('s'), lambda: bytes(1.5), lambda: bytes([1.0]),
            lambda: bytes('x', 'ascii', 'strict', 'x'), lambda: bytes(5, 'ascii'), lambda: b'a' + 'b', lambda: b'%d' % 'x'):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b'hello'.translate(None, b'l'), b'abc'.translate(bytes.maketrans(b'abc', b'xyz'), b'c'))
print(b'abcabc'.find(98), b'abc'.count(99), 97 in b'abc', b'ab' in b'xaby', b'abc'.index(b'c', -1), b'abc'.rfind(b''))
try:
    300 in b'abc'
except ValueError as e:
    print('ValueError', e)
print(str(b'x'), repr(bytearray(b"'\"")), b'\t\n\x7f\x80'.decode('latin-1').encode('unicode_escape'))
print(b'%s|%r|%a|%x|%c|%c|%5.2f|%b' % (b'bs', 'st', 'é', 255, 65, b'z', 3.14159, bytearray(b'ba')))
print(b'a b  c'.split(), b'a,b'.split(b','), b'  x '.strip(), b'Title case'.title(), b'ABC'.lower(), b'abc'.center(7, b'*'))
print(bytearray(b'abc') == b'abc', b'abc' < bytearray(b'abd'), hash(b'') == hash(''), bytearray(b'x') * 3, 3 * b'y')
try:
    {bytearray(b'x'): 1}
except TypeError as e:
    print('TypeError', e)
print(b'abc'[1], b'abc'[1:2], b'abc'[::-1], bytearray(b'abc').pop(), bytearray(b'abc').removeprefix(b'a'), b''.join([b'a', bytearray(b'b'), memoryview(b'c')]))
try:
    b''.join([b'a', 'b'])
except TypeError as e:
    print('TypeError', e)
print(int.from_bytes(bytearray(b'\x01\x00'), 'little'), list(b'\x00\x10'), b'\x00'.isalnum(), b'AbC'.swapcase(), b'a\tb'.expandtabs(4))
