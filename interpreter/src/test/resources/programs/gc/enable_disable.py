# gc.disable() stops automatic collection only: gc.collect() still collects.
# refcount: expect enable_disable.refcount.out
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.collect()
for _ in range(2000):
    a = []
    a.append(a)
del a
print("count grew past the threshold:", gc.get_count()[0] >= 2000)
print("collect:", gc.collect())
gc.enable()
print(gc.isenabled())
