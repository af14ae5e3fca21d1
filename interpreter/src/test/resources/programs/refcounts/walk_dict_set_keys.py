# Refcounts of keys and values in dicts and sets: insertion, overwrite, pop, setdefault,
# dict views, set operations producing new sets, and frozenset keys.
import sys

class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n

k = K(1)
v = K(100)
d = {}
print("start", sys.getrefcount(k), sys.getrefcount(v))
d[k] = v
print("inserted", sys.getrefcount(k), sys.getrefcount(v))
d[K(1)] = v
print("overwrite with equal key keeps first key", sys.getrefcount(k), next(iter(d)) is k)
d[k] = "other"
print("value replaced", sys.getrefcount(v))
d.setdefault(k, v)
print("setdefault on existing", sys.getrefcount(v))
d.pop(k)
print("popped", sys.getrefcount(k))
s = {k}
print("in set", sys.getrefcount(k))
s2 = s | {K(2)}
print("union copies refs", sys.getrefcount(k))
s3 = s & s2
print("intersection", sys.getrefcount(k), next(iter(s3)) is k)
del s2, s3
keys = d.keys()
d[k] = v
print("view holds dict, not keys", sys.getrefcount(k), sys.getrefcount(d))
items = list(d.items())
print("items list", sys.getrefcount(k), sys.getrefcount(v))
del items, keys
fk = frozenset([k])
d2 = {fk: 1}
print("frozenset key", sys.getrefcount(k), sys.getrefcount(fk))
d.clear()
s.clear()
print("end", sys.getrefcount(k), sys.getrefcount(v))
