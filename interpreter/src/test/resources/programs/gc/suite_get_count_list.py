# From CPython's gc tests: after a full collection generations 1 and 2 count 0, and creating a list
# raises the generation 0 count.
import gc

gc.collect()
a, b, c = gc.get_count()
x = []
d, e, f = gc.get_count()
print((b, c), (e, f), a < 5, d > a)
