# A dict with a non-str key uses the general table, which stores each key's hash: bigger entries.
import sys

d = {}
prev = None
for n in range(0, 45):
    if n:
        d[n] = n
    s = sys.getsizeof(d)
    if s != prev:
        print(n, s)
        prev = s
print("mixed keys:", sys.getsizeof({"a": 1, 2: 2}))
