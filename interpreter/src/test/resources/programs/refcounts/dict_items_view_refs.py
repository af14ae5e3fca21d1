# dict views and their iterators: a view holds the dict, an iterator holds it
# until exhausted, items() hands out (key, value) tuples sharing the dict's
# objects, and popitem/pop give the stored objects back.
import sys

value = ["payload"]
key = "configuration-key"
d = {key: value, "other": 2}
print("dict  ", sys.getrefcount(d), "value", sys.getrefcount(value), "key", sys.getrefcount(key))
ks, vs, its = d.keys(), d.values(), d.items()
print("views hold the dict:", sys.getrefcount(d))
print("mapping is d:", ks.mapping is d, vs.mapping is d, its.mapping is d)
pairs = list(its)
print("pairs share objects", pairs[0][0] is key, pairs[0][1] is value)
print("value refs with pairs", sys.getrefcount(value), "key", sys.getrefcount(key))
del pairs
print("value refs after    ", sys.getrefcount(value))
it = iter(its)
print("iterator", sys.getrefcount(d))
first = next(it)
print("first", first[0], sys.getrefcount(value))
del first
rest = list(it)
print("after exhausted", sys.getrefcount(d), rest)
del it, ks, vs, its
print("no views", sys.getrefcount(d))
popped = d.pop(key)
print("pop gives the object", popped is value, sys.getrefcount(value), sys.getrefcount(key))
d[key] = value
k2, v2 = d.popitem()
print("popitem", k2 is key, v2 is value, sys.getrefcount(value))
print("setdefault returns stored", d.setdefault("new", value) is value, d.setdefault("new", []) is value)
print("get default", d.get("missing", value) is value, sys.getrefcount(value))
copy_ = dict(d)
print("copy shares values", copy_["new"] is value, sys.getrefcount(value))
