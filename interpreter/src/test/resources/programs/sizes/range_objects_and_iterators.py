# range objects are fixed size whatever they span; their iterators come in
# two kinds: a small one over C longs and a bigger one over Python ints
# once the bounds pass a machine word; reversed() and slices of ranges.
import sys

for r in (range(0), range(10), range(10**6), range(-5, 5, 3), range(2**62), range(2**63), range(2**64, 2**65, 7)):
    it = iter(r)
    print(f"{str(r):<34} size={sys.getsizeof(r)} len={r.stop - r.start if r.stop < 2**63 else 'big'!s:<8} "
          f"iter={type(it).__name__} {sys.getsizeof(it)}")
print("reversed small:", type(reversed(range(5))).__name__, sys.getsizeof(reversed(range(5))))
print("reversed big:", type(reversed(range(2**64))).__name__, sys.getsizeof(reversed(range(2**64))))
big = range(2**100)
try:
    len(big)
except OverflowError as e:
    print("OverflowError:", e)
print("big range fields:", big.start, big.stop.bit_length(), big.step)
print("slice of range:", range(100)[10:50:5], sys.getsizeof(range(100)[10:50:5]))
print("index and count:", range(0, 100, 7).index(49), range(10).count(3))
print("equality by content:", range(0) == range(5, 5), range(0, 10, 3) == range(0, 11, 3))
print("hash equal:", hash(range(0, 10, 3)) == hash(range(0, 11, 3)))
it = iter(range(10))
next(it); next(it)
print("length_hint after two:", it.__length_hint__(), it.__reduce__()[1])
print("list from range sizes:", [sys.getsizeof(list(range(n))) for n in (0, 1, 2, 3, 10)])
