# copy(), copy.copy, copy.deepcopy and __reduce__ (type, (), instance state, None, items
# iterator): the order and the instance attributes survive.
import copy
from collections import OrderedDict

a = OrderedDict(b=[1], a=[2])
a.move_to_end("b")
c = a.copy()
print(c, type(c).__name__, c == a, c is a, c["a"] is a["a"])
s = copy.copy(a)
d = copy.deepcopy(a)
print(s, s["a"] is a["a"], d, d["a"] is a["a"], d == a)
r = a.__reduce__()
print(r[:4], type(r[4]).__name__, list(r[4]))

class Sub(OrderedDict):
    pass

x = Sub(q=1, p=2)
x.attr = "kept"
y = copy.copy(x)
z = copy.deepcopy(x)
print(y, y.attr, type(y).__name__, z, z.attr, x.copy(), hasattr(x.copy(), "attr"))
print(x.__reduce__()[:4])
