# range objects take constant memory; list(range) does not.
import sys

for n in (0, 10, 10**6, 10**12, 2**63, 10**30):
    print(f"range({n}):", sys.getsizeof(range(n)))
r = range(0, 100, 3)
print("len:", len(r), "r[5]:", r[5], "r[-1]:", r[-1])
print("slice of range:", r[2:10:2], sys.getsizeof(r[2:10:2]))
print("999999 in range(10**6):", 999999 in range(10**6))
print("list(range(100)) size:", sys.getsizeof(list(range(100))))
print("tuple(range(100)) size:", sys.getsizeof(tuple(range(100))))
print("range iterator:", sys.getsizeof(iter(range(10))), type(iter(range(10))).__name__)
print("big range iterator:", sys.getsizeof(iter(range(2**64))), type(iter(range(2**64))).__name__)
print("slice object:", sys.getsizeof(slice(1, 2, 3)))
print("reversed range:", type(reversed(range(5))).__name__, list(reversed(range(5))))
print("range equality:", range(0) == range(5, 5), range(0, 3) == range(0, 3, 1))
