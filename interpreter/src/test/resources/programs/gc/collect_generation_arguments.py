# gc.collect(generation) argument handling and what each generation finds for cycles of different ages.
# collectors: generational
import gc

gc.disable()
gc.collect()

def cycle():
    l = []
    l.append(l)
    return l

old = cycle()
gc.collect(0)
gc.collect(1)
mid = cycle()
gc.collect(0)
young = cycle()
del old, mid, young
print("collect(0):", gc.collect(0))
print("collect(1):", gc.collect(1))
print("collect(2):", gc.collect(2))
for bad in (3, -1, "1", 1.0, None):
    try:
        gc.collect(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(gc.collect(generation=2))
print(gc.collect(True))
gc.enable()
