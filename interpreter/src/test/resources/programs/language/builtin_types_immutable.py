# Built-in types are immutable: setting or deleting an attribute of dict, list, OrderedDict,
# defaultdict or deque is a TypeError naming the type, and copyreg's __slotnames__ cache is
# therefore not written to them (an OrderedDict's __reduce__ leaves its type unchanged).
import copyreg
from collections import OrderedDict, defaultdict, deque

for t in (dict, list, int, OrderedDict, defaultdict, deque, type({}.keys())):
    for action in (lambda: setattr(t, "x", 1), lambda: delattr(t, "__doc__")):
        try:
            action()
            print("changed", t.__name__)
        except TypeError as e:
            print(e)
OrderedDict(a=1).__reduce__()
print("__slotnames__" in OrderedDict.__dict__, copyreg._slotnames(OrderedDict))

class Sub(OrderedDict):
    pass

Sub.x = 1
Sub(a=1).__reduce__()
print(Sub.x, Sub.__dict__["__slotnames__"])
