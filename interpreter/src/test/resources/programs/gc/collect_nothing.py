# With no cyclic garbage gc.collect() returns 0, whatever else was freed by refcounting.
import gc

gc.collect()
print(gc.collect())
x = [[1], [2], {"a": [3]}]
del x
print(gc.collect())
print(gc.collect(0), gc.collect(1), gc.collect(2))
