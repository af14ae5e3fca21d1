# Slicing as custom sequences receive it: slice objects passed to __getitem__/__setitem__/
# __delitem__ (with None parts, negative steps, __index__ objects), slice.indices clamping, the
# errors for a zero step and non-integer parts, extended slice assignment size rules on lists,
# slices of ranges/strings/tuples/bytes with huge and negative bounds, slice hashing (3.11: not
# hashable) and comparison, and itertools.islice against sequence slicing.
class Recorder:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print('set', key, value)
    def __delitem__(self, key):
        print('del', key)
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

r = Recorder()
print(r[1:2], r[::], r[:], r[1:], r[::-1], r[1:2, 3], r[..., 1:], r['a':'b':'c'], r[:, :])
r[1:5:2] = 'v'
del r[::3]
s = slice(Idx(1), Idx(8), Idx(2))
print(type(s.start).__name__, s.start.v, list(range(10)[s]), 'abcdefghij'[s], (0, 1, 2, 3, 4, 5, 6, 7, 8)[s])
for sl, n in [(slice(None), 5), (slice(-100, 100), 5), (slice(None, None, -1), 5), (slice(10, -10, -2), 7),
              (slice(-3, None), 2), (slice(2, 1), 5), (slice(0, 0, 3), 0)]:
    print(sl, sl.indices(n), list(range(n))[sl])
for bad in (slice(None, None, 0), slice('a', None), slice(None, 1.5)):
    try:
        [1, 2, 3][bad]
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print('ValueError', e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print('ValueError', e)
lst = list(range(10))
lst[2:5] = ['a']
print(lst)
lst[::3] = 'WXYZ'[:len(lst[::3])]
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print('ValueError', e)
lst[5:2] = ['inserted']
print(lst)
lst[::-1] = lst[:]
print(lst)
del lst[::-2]
print(lst)
try:
    lst[1:2] = 5
except TypeError as e:
    print('TypeError', e)
lst[:] = (x for x in 'gen')
print(lst)
big = 10 ** 30
print('hello'[-big:big], (1, 2, 3)[big:], b'bytes'[-2:big], range(0, 100, 7)[big:-big:-3], list(range(5))[3:big:-1])
print(range(10)[2:8:3], range(10, 0, -2)[::-1], range(0)[:], repr(range(5)[::2]))
try:
    hash(slice(1, 2))
except TypeError as e:
    print('TypeError', e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1, 2, None) == slice(1, 2), slice(3).stop, repr(slice(None)))
try:
    slice(1, 2) < slice('a', 2)
except TypeError as e:
    print('TypeError', e)
try:
    slice()
except TypeError as e:
    print('TypeError', e)
try:
    slice(1, 2).start = 5
except AttributeError as e:
    print('AttributeError', e)
import itertools
print(list(itertools.islice('abcdefg', 1, 6, 2)), 'abcdefg'[1:6:2], list(itertools.islice(range(10), Idx(3))))
ba = bytearray(b'abcdef')
ba[1:4] = b''
ba[::-1] = b'XYZ'
print(ba)
import array
a = array.array('i', range(6))
a[1:3] = array.array('i', [9])
print(a)
try:
    a[1:2] = [1]
except TypeError as e:
    print('TypeError', e)
mv = memoryview(bytearray(b'abcdef'))
mv[::2] = b'XYZ'
print(bytes(mv), mv[::-1].tobytes(), mv[1:3].tolist())
