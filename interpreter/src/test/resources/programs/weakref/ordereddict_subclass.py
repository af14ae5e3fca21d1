# OrderedDict instances, and those of a subclass, can be weakly referenced (tp_weaklistoffset):
# the weakref dies, and its callback runs, when the last reference goes.
import weakref
from collections import OrderedDict

class Sub(OrderedDict):
    pass

od = OrderedDict(a=1)
s = Sub(b=2)
r1 = weakref.ref(od, lambda r: print("od callback"))
r2 = weakref.ref(s, lambda r: print("sub callback"))
p = weakref.proxy(s)
print(r1() is od, r2() is s, weakref.getweakrefcount(s), p["b"], len(p), list(p))
del od
print(r1())
del s
print(r2())
try:
    p["b"]
except ReferenceError as e:
    print("ReferenceError", e)
wv = weakref.WeakValueDictionary()
wv["gone"] = Sub()
print(len(wv))
