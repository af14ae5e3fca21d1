# Cycles through an OrderedDict: through a value, through a key (the list's nodes hold the keys
# too, and the collector sees them), through the instance __dict__, through an iterator over it.
# refcount: expect collect_ordereddict_cycles.refcount.out
import gc
import weakref
from collections import OrderedDict

class A:
    pass

class Sub(OrderedDict):
    pass

gc.collect()
od = OrderedDict()
od["me"] = od
del od
print("value:", gc.collect())
a = A()
od = OrderedDict()
od[a] = None
a.od = od
del a, od
print("key:", gc.collect())
od = OrderedDict((A(), i) for i in range(10))
od["me"] = od
del od
print("ten keys:", gc.collect())
o = OrderedDict()
o.me = o
del o
print("__dict__:", gc.collect())
s = Sub()
s["x"] = s
s.y = [s]
del s
print("subclass:", gc.collect())
od = OrderedDict(a=1)
it = iter(od.items())
od["it"] = it
del od, it
print("iterator:", gc.collect())
od = OrderedDict()
k = (A(),)
od[k] = 1
k[0].od = od
wr = weakref.ref(k[0], lambda r: print("callback"))
del k, od
print("tuple key:", gc.collect())
print(gc.is_tracked(OrderedDict()), gc.is_tracked(Sub()), gc.is_tracked(iter(OrderedDict())), gc.is_tracked(OrderedDict().keys()))
print(len(gc.get_referents(OrderedDict([((1,), [2])]))))
