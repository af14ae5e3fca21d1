# A new object is in generation 0; each collection that it survives moves it one generation up.
# collectors: generational
import gc

def where(obj):
    return [g for g in range(3) if any(o is obj for o in gc.get_objects(g))]

gc.collect()
x = []
print("new:", where(x))
gc.collect(0)
print("after collect(0):", where(x))
gc.collect(1)
print("after collect(1):", where(x))
y = []
gc.collect()
print("after collect():", where(x), where(y))
try:
    gc.get_objects(3)
except ValueError as e:
    print("ValueError:", e)
