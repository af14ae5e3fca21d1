# range with bounds beyond 64 bits: items, slices, membership, index, equality and hash are exact;
# iteration uses longrange_iterator; len() of a range longer than sys.maxsize is an OverflowError.
import sys
r = range(10 ** 20)
print(r, r[-1], r[10 ** 19], r[2:10 ** 19:3], 10 ** 19 in r, 10 ** 20 in r, r.index(5), r.count(10 ** 19 + 1))
big = range(2 ** 64, 2 ** 64 + 10, 3)
print(list(big), len(big), big[1], big[-1], list(reversed(big)), type(iter(big)).__name__, type(iter(range(3))).__name__)
print(range(-10 ** 20, 10 ** 20, 10 ** 19), len(range(-10 ** 20, 10 ** 20, 10 ** 19)), range(0, -2 ** 70, -2 ** 68)[::-1])
print(range(2 ** 63 - 2, 2 ** 63 + 1)[1], list(range(2 ** 63 - 2, 2 ** 63 + 1)), bool(range(10 ** 20, 10 ** 20)))
print(range(10 ** 20) == range(0, 10 ** 20, 1), hash(range(10 ** 20)) == hash((10 ** 20, 0, 1)), range(5)[sys.maxsize:])
it = iter(range(2 ** 64, 2 ** 64 + 2))
print(it.__length_hint__(), next(it), next(it), it.__length_hint__())
for bad in (lambda: len(r), lambda: r[10 ** 20], lambda: r.index(-1), lambda: range(2 ** 64)[2 ** 65]):
    try:
        bad()
    except (OverflowError, IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
