# Refcounts held by map, filter, zip, enumerate, reversed and sorted while they run.
import sys

data = [object() for _ in range(3)]
first = data[0]
print("base list", sys.getrefcount(data), "item", sys.getrefcount(first))

m = map(str, data)
print("map holds list iterator:", sys.getrefcount(data))
f = filter(None, data)
print("filter too:", sys.getrefcount(data))
z = zip(data, data)
print("zip of two:", sys.getrefcount(data))
e = enumerate(data)
print("enumerate:", sys.getrefcount(data))
r = reversed(data)
print("reversed:", sys.getrefcount(data))
del m, f, z, e, r
print("all dropped:", sys.getrefcount(data))

e = enumerate(data)
pair = next(e)
print("pair holds item:", sys.getrefcount(first), pair[0])
del pair
print("pair gone:", sys.getrefcount(first))

z = zip(data, range(3))
t = next(z)
print("zip tuple", sys.getrefcount(first), type(t).__name__)
del t
print("zip tuple gone", sys.getrefcount(first))
del z, e

s = sorted(data, key=id)
print("sorted copy adds:", sys.getrefcount(first))
del s
print("sorted copy gone:", sys.getrefcount(first))

d = dict.fromkeys(data, first)
print("dict.fromkeys value x3 + key:", sys.getrefcount(first))
del d
print("dict gone:", sys.getrefcount(first))

it = iter(data)
next(it)
print("exhausting...")
for _ in it:
    pass
print("exhausted iterator releases list:", sys.getrefcount(data))
del it
print("final", sys.getrefcount(data), sys.getrefcount(first))
