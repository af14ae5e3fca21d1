# A container whose repr is under way is held once more (by the per-thread repr list).
import sys
class Item:
    def __init__(self, owner):
        self.owner = owner
    def __repr__(self):
        return "Item(%d)" % (sys.getrefcount(self.owner) - 1)
box = []
box.append(Item(box))
print(sys.getrefcount(box) - 1)
print(repr(box))
print(sys.getrefcount(box) - 1)
d = {}
d["k"] = Item(d)
print(d)
