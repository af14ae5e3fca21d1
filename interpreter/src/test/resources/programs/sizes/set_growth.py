# A set starts with an 8-slot table inside the object (216 bytes) and grows by 4x when it is
# 3/5 full.
import sys

s = set()
prev = None
for n in range(0, 60):
    if n:
        s.add(n)
    size = sys.getsizeof(s)
    if size != prev:
        print(n, size)
        prev = size
print(sys.getsizeof(frozenset()), sys.getsizeof(frozenset(range(5))), sys.getsizeof({1, 2, 3}))
