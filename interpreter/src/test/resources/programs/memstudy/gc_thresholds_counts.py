# marksweep: expect gc_thresholds_counts.marksweep.out
# refcount: expect gc_thresholds_counts.refcount.out
# Exploring the garbage collector's generations like a blog post would.
import gc

print("enabled:", gc.isenabled())
print("thresholds:", gc.get_threshold())
gc.collect()
gc.disable()
start = gc.get_count()
objs = []
for i in range(10):
    objs.append([])
after = gc.get_count()
print("10 new lists raise count0 by:", after[0] - start[0])
objs2 = [{} for i in range(5)]
print("5 dicts + list:", gc.get_count()[0] - after[0])
gc.collect(0)
print("after collect(0):", gc.get_count()[0], gc.get_count()[1] >= 1)
gc.collect(1)
print("after collect(1):", gc.get_count()[:2])
gc.collect()
print("after full collect:", gc.get_count())
gc.set_threshold(500, 5, 5)
print("new thresholds:", gc.get_threshold())
gc.set_threshold(700, 10, 10)
gc.enable()
print("enabled again:", gc.isenabled())
print("generations in get_stats:", len(gc.get_stats()))
print("stat keys:", sorted(gc.get_stats()[0]))
print("freeze count initially:", gc.get_freeze_count())
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
