# Pins down: bytes/bytearray methods taking an int where a byte string is expected (find, index,
# count, rfind, __contains__, bytearray.remove/append/insert with range errors), constructors
# from ints, iterables, __bytes__, __index__ objects and strings (encoding errors and messages),
# split/strip with None and bytes-like separators (memoryview, bytearray), join of mixed
# bytes-likes, startswith with tuples, and the messages of every refusal.
def t(label, fn):
    try:
        print(label, '->', repr(fn()))
    except (TypeError, ValueError, OverflowError, IndexError, LookupError) as e:
        print(label, '!!', type(e).__name__, e)

b = b'abcabc'
t('find int', lambda: b.find(98))
t('rfind int', lambda: b.rfind(98))
t('index int', lambda: b.index(99, 3))
t('count int', lambda: b.count(97))
t('in int', lambda: (97 in b, 300 in b if False else None))
t('in int 300', lambda: 300 in b)
t('in str', lambda: 'a' in b)
t('find 256', lambda: b.find(256))
t('find -1', lambda: b.find(-1))
t('find str', lambda: b.find('a'))
t('find float', lambda: b.find(1.0))
t('index missing', lambda: b.index(b'z'))
t('index int missing', lambda: b.index(120))
t('startswith tuple', lambda: b.startswith((b'x', bytearray(b'ab'))))
t('startswith int', lambda: b.startswith(97))
t('startswith list', lambda: b.startswith([b'a']))
t('endswith memoryview', lambda: b.endswith(memoryview(b'bc')))
t('split mv', lambda: b.split(memoryview(b'b')))
t('split int', lambda: b.split(98))
t('split empty', lambda: b.split(b''))
t('strip bytearray', lambda: b.strip(bytearray(b'ac')))
t('strip str', lambda: b.strip('a'))
t('replace int', lambda: b.replace(97, b'x'))
t('join mixed', lambda: b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]))
t('join str item', lambda: b'-'.join([b'a', 'b']))
t('join int item', lambda: b'-'.join([1]))
t('partition int', lambda: b.partition(98))

ba = bytearray(b'hello')
t('remove int', lambda: (ba.remove(108), ba)[1])
t('remove missing', lambda: ba.remove(120))
t('remove 256', lambda: ba.remove(256))
t('remove bytes', lambda: ba.remove(b'h'))
t('append 256', lambda: ba.append(256))
t('append -1', lambda: ba.append(-1))
t('append bytes', lambda: ba.append(b'x'))
t('insert', lambda: (ba.insert(-100, 65), ba.insert(100, 90), ba)[2])
t('insert bad', lambda: ba.insert(0, 1000))
t('extend ints', lambda: (ba.extend([33, 34]), ba)[1])
t('extend bad item', lambda: ba.extend([1, 'x']))
t('extend int', lambda: ba.extend(5))
t('extend str', lambda: ba.extend('str'))
t('setitem 300', lambda: ba.__setitem__(0, 300))
t('slice assign int', lambda: ba.__setitem__(slice(0, 1), 5))
t('slice assign str', lambda: ba.__setitem__(slice(0, 1), 'x'))
t('pop empty', lambda: bytearray().pop())
t('pop index', lambda: bytearray(b'xyz').pop(5))
t('iadd str', lambda: bytearray(b'a').__iadd__('b'))

class Idx:
    def __index__(self):
        return 3
class Bts:
    def __bytes__(self):
        return b'from __bytes__'
class BadBts:
    def __bytes__(self):
        return 'str'
class BothIdxBytes:
    def __index__(self):
        return 2
    def __bytes__(self):
        return b'bytes wins'
for label, args in [('int', (3,)), ('neg', (-1,)), ('Idx', (Idx(),)), ('iterable', ([1, 2, 255],)), ('iter bad', ([256],)),
                    ('iter str item', (['a'],)), ('str no enc', ('abc',)), ('str enc', ('é', 'utf-8')), ('str bad enc', ('é', 'ascii')),
                    ('str unknown enc', ('x', 'nope')), ('bytes enc', (b'x', 'utf-8')), ('int enc', (3, 'utf-8')), ('errors only', ('x', None, 'strict')),
                    ('__bytes__', (Bts(),)), ('bad __bytes__', (BadBts(),)), ('both', (BothIdxBytes(),)), ('float', (2.0,)), ('None', (None,)),
                    ('memoryview', (memoryview(b'mv'),)), ('huge', (2**70,))]:
    t(f'bytes({label})', lambda: bytes(*args))
    if label not in ('__bytes__', 'bad __bytes__', 'both'):
        t(f'bytearray({label})', lambda: bytearray(*args))
t('bytes kw', lambda: bytes(source='x', encoding='ascii'))
t('fromhex int', lambda: bytes.fromhex(5))
t('decode bad', lambda: b'\xff'.decode('utf-8', 'bogus-handler'))
t('decode replace', lambda: b'a\xffb'.decode('utf-8', 'replace'))
t('decode backslash', lambda: b'a\xffb'.decode('ascii', 'backslashreplace'))
t('decode surrogateescape', lambda: b'a\xffb'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
