# A dict with only str keys: 64 bytes empty, then tables of 8, 16, 32, 64 slots holding up to
# 5, 10, 21, 42 entries.
import sys

d = {}
prev = None
for n in range(0, 45):
    if n:
        d["k%d" % n] = n
    s = sys.getsizeof(d)
    if s != prev:
        print(n, s)
        prev = s
