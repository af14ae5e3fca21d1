# gc.get_count() reads the counts before it builds its result tuple, so right after gc.collect()
# it says (0, 0, 0); each result kept in a name is a new 3-tuple, which the next call counts.
# (gc.collect() emptied the tuple free list, so nothing is recycled here.)
import gc

gc.collect()
a = gc.get_count()
b = gc.get_count()
c = gc.get_count()
print(a, b, c)
