# An OrderedDict holds each key twice (its dict entry and its list node) and each value once;
# moving keeps the counts, deleting, popping, clearing and deallocating release both; an
# iterator holds the next key and the OrderedDict.
import sys
from collections import OrderedDict

k = "key_" + str(1)
v = ["value"]
print(sys.getrefcount(k), sys.getrefcount(v))
od = OrderedDict()
od[k] = v
print(sys.getrefcount(k), sys.getrefcount(v))
od.move_to_end(k, last=False)
print(sys.getrefcount(k), sys.getrefcount(v))
it = iter(od)
print(sys.getrefcount(k), sys.getrefcount(od))
next(it)
print(sys.getrefcount(k))
del it
del od[k]
print(sys.getrefcount(k), sys.getrefcount(v))
od[k] = v
od.pop(k)
print(sys.getrefcount(k), sys.getrefcount(v))
od[k] = v
od.popitem()
print(sys.getrefcount(k), sys.getrefcount(v))
od[k] = v
od.clear()
print(sys.getrefcount(k), sys.getrefcount(v))
od[k] = v
c = od.copy()
print(sys.getrefcount(k), sys.getrefcount(v))
del c
od[k] = v
view = od.items()
print(sys.getrefcount(od), sys.getrefcount(k))
del view
del od
print(sys.getrefcount(k), sys.getrefcount(v))
