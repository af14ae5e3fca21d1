# Pins down: printf-style % corners: '%(key)s' with custom mappings (__getitem__ only, no keys()),
# '*' width and precision taken from the tuple, mixing mapping keys and '*' (TypeError), %c with
# ints and one-char strs and its range errors, %r/%a/%s on objects, %d/%i/%u of floats and of
# objects with __index__ or __int__, %x/%o of negatives and of floats (TypeError), flags
# '#0- +' combinations, 'not all arguments converted', 'not enough arguments', and bytes %.
class Keys:
    def __getitem__(self, k):
        return f'<{k}>'
    def __str__(self):
        return 'Keys()'

class IndexOnly:
    def __index__(self):
        return 42

class IntOnly:
    def __int__(self):
        return 7

class FloatOnly:
    def __float__(self):
        return 2.5

def t(fmt, args):
    try:
        print(repr(fmt), '->', repr(fmt % args))
    except Exception as e:
        print(repr(fmt), '!!', type(e).__name__, e)

t('%(a)s and %(b)r', Keys())
t('%(a)s %%', Keys())
t('%(a)s %s', Keys())
t('%s', Keys())
t('%(x)s', {'x': 1, 'y': 2})
t('%(x)s', ({'x': 1},))
t('%(x)s', [1])
t('%(x', {'x': 1})
t('%(a)*d', {'a': 1})
t('%*d|', (5, 42))
t('%-*d|', (5, 42))
t('%*d|', (-5, 42))
t('%.*f|', (2, 3.14159))
t('%*.*f|', (8, 3, 3.14159))
t('%*d', ('5', 42))
t('%*d', (5,))
t('%c%c%c', (72, 'i', 0x1F600))
t('%c', (0x110000,))
t('%c', (-1,))
t('%c', ('ab',))
t('%c', (3.0,))
t('%5c|%-5c|', ('x', 'y'))
t('%r %a %s', ('é', 'é', 'é'))
t('%.2s|%.0r|%5.1a|', ('abc', 'abc', 'é'))
t('%d %i %u', (3.99, -3.99, 2.5))
t('%d', (IndexOnly(),))
t('%d', (IntOnly(),))
t('%d', (FloatOnly(),))
t('%x', (IndexOnly(),))
t('%x', (IntOnly(),))
t('%x', (3.0,))
t('%o', (-8,))
t('%#o %#x %#X', (8, 255, 255))
t('%#o %#x', (-8, -255))
t('%+d % d %+ d % +d', (5, 5, 5, 5))
t('%05d|%-05d|%+05d|% 05d', (-42, -42, 42, 42))
t('%#.0f %#.0e %#g %g', (3.0, 3.0, 3.0, 3.0))
t('%e %E %g %G', (1e-5, 1e-5, 1e-5, 1e20))
t('%f', (float('inf'),))
t('%05f|%-8f|%+f', (float('nan'), float('-inf'), float('inf')))
t('%.3%', ())
t('%5%|', ())
t('%s %s', ('only',))
t('%s', ('a', 'b'))
t('%s', ())
t('x', ('extra',))
t('x', ())
t('x', [])
t('x', {})
t('x', 'str arg')
t('%s', [1, 2])
t('%s', (1, 2))
t('%s', ((1, 2),))
t('%z', (1,))
t('%', ())
t('% ', ())
t('%ld %lf %hd', (1, 2.5, 3))
t('%10.4s|', ('abcdefg',))
t('%-+10.3d|', (7,))
t('%.50d', (1,))
t('%.1f', (2.25,))
t('%.1f', (0.05,))

def tb(fmt, args):
    try:
        print(repr(fmt), '->', repr(fmt % args))
    except Exception as e:
        print(repr(fmt), '!!', type(e).__name__, e)

tb(b'%s %b', (b'x', bytearray(b'y')))
tb(b'%s', ('str',))
tb(b'%r %a', ('é', 'é'))
tb(b'%c%c', (65, b'B'))
tb(b'%c', (256,))
tb(b'%c', (b'ab',))
tb(b'%(k)s', {b'k': b'v'})
tb(b'%(k)s', {'k': b'v'})
tb(b'%x %d %5.2f', (255, 3.7, 2.0))
tb(b'%s', (memoryview(b'mv'),))
tb(b'%s', (5,))
tb(bytearray(b'%s-%s'), (b'a', b'b'))
