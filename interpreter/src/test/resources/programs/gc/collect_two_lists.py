# Two lists that hold each other survive their names; gc.collect() finds both.
# refcount: expect collect_two_lists.refcount.out
import gc

gc.collect()
a = []
b = []
a.append(b)
b.append(a)
print(a)
del a, b
print("collected:", gc.collect())
print("again:", gc.collect())
