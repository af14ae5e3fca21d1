# gc.collect(generation): each of 0, 1 and 2 finds a self-cycle made just before it, and a
# generation outside 0..2 is a ValueError.
# refcount: expect collect_generation_argument.refcount.out
import gc

gc.collect()
for gen in (0, 1, 2):
    a = []
    a.append(a)
    del a
    print("collect(%d):" % gen, gc.collect(gen))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("collect(%d):" % bad, type(e).__name__, e)
print(gc.collect(generation=2))
