# An OrderedDict finds a key's node through an array indexed like the dict's entries, rebuilt
# when the dict resizes: order and lookups stay right through growth, deletions, re-insertions
# and keys whose hashes collide.
from collections import OrderedDict

class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n
    def __repr__(self):
        return "K%d" % self.n

o = OrderedDict()
for i in range(50):
    o[i] = i
for i in range(0, 50, 2):
    del o[i]
for i in range(40):
    o.move_to_end(i + 1 if i % 2 == 0 else 48 - i, last=i % 3 == 0)
print(list(o))
for i in range(0, 50, 2):
    o[i] = -i
o.move_to_end(0, last=False)
print(list(o)[:6], len(o), o.popitem(last=False), o.popitem())
c = OrderedDict((Key(i), i) for i in range(8))
del c[Key(3)]
c.move_to_end(Key(1))
c.move_to_end(Key(6), last=False)
c[Key(3)] = "back"
print(list(c), c[Key(5)], c.pop(Key(0)), list(reversed(c)))
m = OrderedDict.fromkeys(range(6))
for i in range(200):
    m.pop(i)
    m[i + 6] = None
    m.move_to_end(i + 3, last=False)
print(list(m))
