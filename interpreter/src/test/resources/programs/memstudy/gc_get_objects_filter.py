# marksweep: expect gc_get_objects_filter.marksweep.out
# refcount: expect gc_get_objects_filter.refcount.out
# Counting live instances with gc.get_objects(), objgraph style.
import gc

class Widget:
    pass

class Gadget:
    pass

def count(typename):
    return sum(1 for o in gc.get_objects() if type(o).__name__ == typename)

gc.collect()
print("Widgets before:", count("Widget"))
widgets = [Widget() for _ in range(25)]
gadgets = {i: Gadget() for i in range(7)}
print("Widgets:", count("Widget"), "Gadgets:", count("Gadget"))
del widgets[:10]
print("after del 10:", count("Widget"))
gadgets.clear()
print("gadgets cleared:", count("Gadget"))
before = len(gc.get_objects())
extra = [[] for _ in range(100)]
print("100 new lists and 1 outer list visible:", len(gc.get_objects()) - before)
ints = [i * 1000 for i in range(100)]
print("ints are untracked:", any(o is ints[5] for o in gc.get_objects()))
gen0 = gc.get_objects(generation=0)
print("extra in gen0:", any(o is extra for o in gen0))
gc.collect()
print("after collect, extra in gen2:", any(o is extra for o in gc.get_objects(generation=2)))
print("gen0 empty-ish after collect:", all(o is not extra for o in gc.get_objects(0)))
try:
    gc.get_objects(5)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.get_objects(-1)
except ValueError as e:
    print("ValueError:", e)
