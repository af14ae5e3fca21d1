# A subclass of OrderedDict: instances have __dict__ (OrderedDict's own tp_dictoffset) and
# weakrefs without a layout of their own; no __missing__ hook unless the class defines one;
# __slots__ adds members only.
import sys
from collections import OrderedDict

o = OrderedDict(a=1)
o.x = 1
print(o.__dict__, vars(o), o.x, hasattr(OrderedDict, "__missing__"))
o.__dict__ = {"y": 2}
print(o.y, hasattr(o, "x"))
for bad in (lambda: setattr(o, "__dict__", 1), lambda: delattr(o, "__dict__"), lambda: delattr(o, "nope")):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

class Sub(OrderedDict):
    pass

s = Sub(k=1)
s.attr = [1]
print(s.__dict__, sys.getsizeof(s) == sys.getsizeof(OrderedDict(k=1)), Sub.__weakrefoffset__ == OrderedDict.__weakrefoffset__)
try:
    Sub()["missing"]
except KeyError as e:
    print("KeyError", e)

class M(OrderedDict):
    def __missing__(self, key):
        return key * 2

m = M(a=1)
print(m["zz"], m.get("zz"), "zz" in m, m)

class S(OrderedDict):
    __slots__ = ("q",)

t = S(a=1)
t.q = 5
t.other = 6
print(t.q, t.__dict__, S.__basicsize__ - OrderedDict.__basicsize__)
for x in (Sub(), S(), M()):
    try:
        hash(x)
    except TypeError as e:
        print(e)
