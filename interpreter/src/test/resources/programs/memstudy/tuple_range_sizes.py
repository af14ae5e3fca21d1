# tuple and range objects: sizes by length, empty tuple singleton, range independent of its length.
import sys

for n in range(0, 8):
    t = tuple(range(n))
    print(n, sys.getsizeof(t))
print("tuple(range(1000)):", sys.getsizeof(tuple(range(1000))))
print("() is ():", () is tuple(), sys.getsizeof(()))
t = (1, 2, 3)
print("t + t:", sys.getsizeof(t + t), "t * 5:", sys.getsizeof(t * 5), "t[1:]:", sys.getsizeof(t[1:]))
print("t[:] is t:", t[:] is t, "tuple(t) is t:", tuple(t) is t)
print("nested:", sys.getsizeof(((1, 2), (3, 4))))

for r in (range(0), range(10), range(10 ** 6), range(-5, 5, 2), range(2 ** 70)):
    print(repr(r), sys.getsizeof(r), len(r) if r.stop < 2 ** 63 else "big")
it = iter(range(10))
print("range_iterator:", sys.getsizeof(it))
bigit = iter(range(2 ** 70))
print("longrange_iterator:", type(bigit).__name__, sys.getsizeof(bigit))
print("reversed(range):", type(reversed(range(5))).__name__, sys.getsizeof(reversed(range(5))))
print("enumerate:", sys.getsizeof(enumerate([])), "zip:", sys.getsizeof(zip()), sys.getsizeof(zip([], [], [])))
print("map:", sys.getsizeof(map(str, [])), "filter:", sys.getsizeof(filter(None, [])))
print("slice:", sys.getsizeof(slice(1, 2, 3)))

import collections
Point = collections.namedtuple("Point", "x y z")
p = Point(1, 2, 3)
print("namedtuple:", sys.getsizeof(p), sys.getsizeof((1, 2, 3)))
print("sys.version_info:", sys.getsizeof(sys.version_info) > 0, type(sys.version_info).__name__)
