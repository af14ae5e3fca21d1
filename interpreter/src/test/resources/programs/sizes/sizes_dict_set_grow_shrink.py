# dict and set getsizeof as they grow, and after deletions.
import sys
d = {}
out = []
for i in range(25):
    d[i] = i
    out.append(sys.getsizeof(d))
print(out)
for i in range(20):
    del d[i]
print(sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d))
s = set()
out = []
for i in range(25):
    s.add(i)
    out.append(sys.getsizeof(s))
print(out)
for i in range(20):
    s.discard(i)
print(sys.getsizeof(s))
print(sys.getsizeof(frozenset(range(5))), sys.getsizeof(set(range(100))))
