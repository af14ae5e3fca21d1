# sys.getrefcount of an object as it moves through container operations: copy, slice, sort, dict views.
import sys

class Item:
    pass

it = Item()
base = sys.getrefcount(it)
def delta():
    return sys.getrefcount(it) - base

l = [it, it]
print("list of 2", delta())
c = l.copy()
print("copy", delta())
s = l[:1]
print("slice", delta())
l.sort(key=id)
print("after sort", delta())
d = dict.fromkeys(["a", "b", "c"], it)
print("fromkeys 3", delta())
v = list(d.values())
print("values list", delta())
items = list(d.items())
print("items list", delta())
del v, items
print("dropped", delta())
t = tuple(l)
print("tuple", delta())
z = list(zip(l, l))
print("zip pairs", delta())
del z, t, c, s
print("back", delta())
m = map(lambda x: x, l)
print("map pending", delta())
out = list(m)
print("map consumed", delta())
del out, m
e = enumerate(l)
first = next(e)
print("enumerate first", delta())
del first, e
print("reversed", (lambda r: delta())(reversed(l)))
st = {it}
fs = frozenset(st)
print("set and frozenset", delta())
d.clear(); l.clear(); st.clear()
del fs
print("cleared", delta())
