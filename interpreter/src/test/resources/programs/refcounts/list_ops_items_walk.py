# Refcount of an item as lists are sliced, multiplied, extended, sorted, reversed and copied.
import sys

item = object()
base = [item, 1, 2]
rc = lambda: sys.getrefcount(item)
print("in one list", rc())
s = base[:]
print("slice copy", rc())
m = base * 3
print("times 3", rc())
e = []
e.extend(base)
e += base
print("extend twice", rc())
del s, m, e
print("dropped", rc())
base.sort(key=lambda x: 0)
print("sort in place", rc())
r = list(reversed(base))
print("reversed copy", rc())
del r
base.insert(0, item)
print("insert", rc(), base.count(item), base.index(item))
base.remove(item)
print("remove", rc())
popped = base.pop(0)
print("pop to a name", rc())
base.append(popped)
del popped
print("appended back", rc())
nested = [base, base]
print("outer list of same inner", rc(), sys.getrefcount(base))
import copy
c = copy.copy(nested)
d = copy.deepcopy(nested)
print("copy vs deepcopy", rc(), d[0] is d[1], d[0][-1] is item)
del c, d, nested
base[:] = []
print("cleared", rc())
