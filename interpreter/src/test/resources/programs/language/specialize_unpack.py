# a, b = seq at one site, many times, over exact tuples and lists of the right length (3.11's
# UNPACK_SEQUENCE_TWO_TUPLE, _TUPLE, _LIST: no iterator), then over the wrong lengths, subclasses
# with their own __iter__, and other iterables at the same site; the items' refcounts afterwards
# and the errors are CPython's.
import sys


def two(seq):
    a, b = seq
    return a, b


def three(seq):
    a, b, c = seq
    return [c, b, a]


class Tup(tuple):
    def __iter__(self):
        return iter(("from", "__iter__"))


class Lst(list):
    def __iter__(self):
        return iter(["list", "__iter__"])


out = []
for i in range(100):
    out.append(two((i, -i)))
    out.append(two([i, str(i)]))
print(out[:4], len(out))
print(two(Tup((1, 2))), two(Lst([1, 2])), two("xy"), two(range(2)), two({"k": 1, "l": 2}))
print(three((1, 2, 3)), three([4, 5, 6]), three(iter("abc")))

for bad in [(1,), (1, 2, 3), [1], [1, 2, 3], (), "xyz", 5]:
    try:
        two(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

item = object()
base = sys.getrefcount(item)
pairs = [(item, item), [item, item]]
for i in range(60):
    a, b = pairs[i % 2]
print(sys.getrefcount(item) - base)
del a, b
print(sys.getrefcount(item) - base)
del pairs
print(sys.getrefcount(item) - base)

t = ("only", "this")
before = sys.getrefcount(t)
x, y = t
print(sys.getrefcount(t) - before, x, y)
