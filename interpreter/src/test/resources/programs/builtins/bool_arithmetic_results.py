# Arithmetic on bools goes through the int slots bool inherits and gives exact ints: a value
# outside the small-int cache is a new int, never a bool object with another value.
import sys

n, f = True, False
results = [n - 10, f - 10, n * -9, n + 300, n * 10**20, -n - 10, n << 70, f - 2**70,
           divmod(n, -7), n // -3, n % -3, n ** 70, ~n, -n, +n, abs(-n), n - n, n & 3, n | 8, n ^ n,
           round(n), int(n), n.__sub__(10), int.__sub__(n, 10), n.conjugate(), n.real, n.numerator]
for r in results:
    print(repr(r), type(r).__name__)
print(n & n, n | f, n ^ f, type(n & n).__name__)

before = sys.getrefcount(True), sys.getrefcount(False)
values = [n - 10 for _ in range(1000)] + [f - 10 for _ in range(1000)]
print(sum(values), {type(v).__name__ for v in values})
del values
print(sys.getrefcount(True) - before[0], sys.getrefcount(False) - before[1])
