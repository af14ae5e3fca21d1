# sys.getsizeof of an OrderedDict: the dict's size, 64 bytes of its own fields, 8 bytes per slot
# of the fast-node array (sized to the dict's table when a key is next looked up after a resize)
# and 32 bytes per item for the list's nodes. A subclass adds nothing; its views and iterators
# are the dict views' 40 bytes and odict_iterator's 80.
import sys
from collections import OrderedDict

gs = sys.getsizeof
o = OrderedDict()
sizes = [gs(o)]
for i in range(30):
    o[i] = i
    sizes.append(gs(o))
print(sizes)
for i in range(25):
    del o[i]
print(gs(o), o.__sizeof__(), gs(o) - o.__sizeof__())
o.clear()
print(gs(o))
o["a"] = 1
print(gs(o))
s = OrderedDict.fromkeys("abcdefghijk")
print(gs(s))
for k in "abcdefgh":
    s.move_to_end(k)
print(gs(s), gs(s.keys()), gs(iter(s)), gs(iter(s.items())), gs(reversed(s.values())))

class O(OrderedDict):
    pass

class S(OrderedDict):
    __slots__ = ("q",)

o = O(a=1)
o.x = 1
print(gs(O()), gs(o), gs(S()), gs(S(a=1)), OrderedDict.__basicsize__, O.__basicsize__, S.__basicsize__)
