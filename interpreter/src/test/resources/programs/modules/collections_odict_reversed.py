# reversed() of an OrderedDict and of its views walks the linked list backwards; the iterator
# type is odict_iterator in every case.
from collections import OrderedDict

od = OrderedDict()
for k in "spam":
    od[k] = ord(k)
od.move_to_end("s")
print(list(od), list(reversed(od)))
print(list(reversed(od.items())), list(reversed(od.values())), list(reversed(od.keys())))
print(type(reversed(od)).__name__, type(reversed(od.items())).__name__, type(od.__reversed__()).__name__)
it = reversed(od.items())
print(next(it), next(it))
print(list(reversed(OrderedDict())), list(reversed(OrderedDict().items())))
class Sub(OrderedDict):
    pass
s = Sub(x=1, y=2)
s.move_to_end("x")
print(list(reversed(s)), list(reversed(s.values())))
