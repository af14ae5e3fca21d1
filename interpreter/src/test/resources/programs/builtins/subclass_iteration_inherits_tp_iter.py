# A subclass of a built-in iterable iterates with the base's own iterator (tp_iter is inherited),
# whatever __getitem__ or __len__ the subclass defines; only a class with no __iter__ anywhere
# falls back on __getitem__ (PySeqIter).

class TimesTen(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 10

l = TimesTen([1, 2, 3])
print(list(l), [x for x in l], l[0], sum(l))


class AlwaysOne(dict):
    def __getitem__(self, k):
        return 1

print(list(AlwaysOne(a=1, b=2)), sorted(AlwaysOne(z=0, y=0)))


class Sevens(bytes):
    def __getitem__(self, i):
        return 7

    def __len__(self):
        return 1

print(list(Sevens(b'ab')), list(reversed(Sevens(b'ab'))), len(Sevens(b'ab')))


class ByteSevens(bytearray):
    def __getitem__(self, i):
        return 7

print(list(ByteSevens(b'xy')))


class Quiet(str):
    def __getitem__(self, i):
        return 'q'

    def __len__(self):
        return 0

print(list(Quiet('héllo')), list(Quiet('ab')), ''.join(Quiet('abc')), tuple(Quiet('€x')))


class LongTuple(tuple):
    def __len__(self):
        return 99

print(tuple(LongTuple((1, 2))), list(LongTuple((1, 2))))


class IndexedInt(int):
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i * 2

print(list(IndexedInt(5)))


class NotIterable(list):
    __iter__ = None

try:
    iter(NotIterable())
except TypeError as e:
    print(e)

ba = bytearray(b'abc')
it = iter(ba)
next(it)
ba.clear()
print(list(it))
