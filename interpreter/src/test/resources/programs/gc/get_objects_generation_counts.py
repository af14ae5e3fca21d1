# gc.get_objects(generation) as a list moves from generation 0 to 1 to 2 with explicit collections.
# collectors: generational
import gc

gc.disable()
gc.collect()

def where(obj):
    return [any(o is obj for o in gc.get_objects(g)) for g in range(3)]

marker = ["marker"]
print("new:", where(marker))
gc.collect(0)
print("after collect(0):", where(marker))
gc.collect(1)
print("after collect(1):", where(marker))
gc.collect(0)
print("gen0 again does not move it:", where(marker))
d = {"k": []}
print("dict:", where(d))
gc.collect(2)
print("after collect(2):", where(d), where(marker))
t = (marker,)
print("tuple holding a list:", where(t))
untracked = (1, 2)
gc.collect(0)
print("tuple of atoms after collect(0):", where(untracked), gc.is_tracked(untracked))
try:
    gc.get_objects(3)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.get_objects(-1)
except ValueError as e:
    print("ValueError:", e)
print(len(gc.get_objects(None)) >= len(gc.get_objects(2)))
gc.enable()
