# A dict holds its keys and values; a view or an iterator holds the dict.
import sys

class K:
    pass

k = K()
d = {}
print("dict:", sys.getrefcount(d), "key:", sys.getrefcount(k))
d[k] = k
print("k as key and value:", sys.getrefcount(k))
kv = d.keys()
vv = d.values()
print("two views hold the dict:", sys.getrefcount(d))
it = iter(d.items())
print("an items iterator too:", sys.getrefcount(d))
del kv, vv, it
print("released:", sys.getrefcount(d))
d[k] = None
print("value replaced, key stays:", sys.getrefcount(k))
del d[k]
print("entry deleted:", sys.getrefcount(k))
