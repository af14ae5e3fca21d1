# Snapshot.statistics('lineno') groups the live traced blocks by the line that allocated them.
# gc.collect() first empties the free lists, so every object below is a fresh allocation; the
# objects are made by operators and displays, which need no temporary argument tuples (b"x" * 1000
# would be a constant: the compiler folds it).
import gc
import tracemalloc

data = other = None
size = 1000
gc.collect()
tracemalloc.start()
data = [b"x" * size for _ in range(100)]
other = [[i, i, i, i] for i in range(50)]
snapshot = tracemalloc.take_snapshot()
tracemalloc.stop()
mine = snapshot.filter_traces([tracemalloc.Filter(True, __file__)])
for stat in mine.statistics("lineno"):
    print(stat)
top = mine.statistics("lineno")[0]
print(top.size, top.count, top.traceback[0].lineno)
