# set_threshold(0) turns automatic collection off without touching isenabled().
# refcount: expect threshold_zero.refcount.out
import gc

gc.collect()
gc.set_threshold(0)
print(gc.isenabled(), gc.get_threshold())
for _ in range(1500):
    a = []
    a.append(a)
del a
print("no automatic collection:", gc.get_count()[0] >= 1500)
print("collect:", gc.collect())
gc.set_threshold(700, 10, 10)
