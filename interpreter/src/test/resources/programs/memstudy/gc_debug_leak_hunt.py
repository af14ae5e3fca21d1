# refcount: expect gc_debug_leak_hunt.refcount.out
# Hunting leaks: DEBUG_SAVEALL, then ask who refers to the garbage.
import gc

class Parent:
    def __init__(self):
        self.children = []

class Child:
    def __init__(self, parent):
        self.parent = parent
        parent.children.append(self)

def build_tree():
    p = Parent()
    for _ in range(3):
        Child(p)

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
build_tree()
n = gc.collect()
print("unreachable objects:", n)
counts = {}
for obj in gc.garbage:
    name = type(obj).__name__
    counts[name] = counts.get(name, 0) + 1
print(sorted(counts.items()))
parents = [o for o in gc.garbage if isinstance(o, Parent)]
for p in parents:
    print("parent's children:", len(p.children))
    print("children point back:", all(c.parent is p for c in p.children))
gc.set_debug(0)
del parents
gc.garbage.clear()
print("second collect:", gc.collect())
