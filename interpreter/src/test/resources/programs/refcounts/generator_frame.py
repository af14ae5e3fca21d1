# A suspended generator owns its frame, and the frame its locals and arguments.
import sys

class Item:
    pass

item = Item()

def gen(x):
    local = x
    yield sys.getrefcount(x)
    yield sys.getrefcount(x)

print("before:", sys.getrefcount(item))
g = gen(item)
print("created, not started (argument stored in the frame):", sys.getrefcount(item))
print("first yield:", next(g))
print("suspended:", sys.getrefcount(item))
g.close()
print("closed:", sys.getrefcount(item))
g2 = gen(item)
del g2
print("unstarted generator deleted:", sys.getrefcount(item))
