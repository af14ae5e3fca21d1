# Snapshot.compare_to shows what each line allocated (or freed) between two snapshots, largest
# change first. (make fills its list in a loop, not a comprehension: a comprehension closing over size
# would build a 1-tuple closure whose block comes from the tuple free list, traced or not depending on
# everything the interpreter freed before tracemalloc.start(), which no two interpreters share.)
import gc
import tracemalloc

def make(n, size=500):
    out = []
    for _ in range(n):
        out.append(b"y" * size)
    return out

a = b = None
gc.collect()
tracemalloc.start()
only_mine = [tracemalloc.Filter(True, __file__)]
first = tracemalloc.take_snapshot().filter_traces(only_mine)
a = make(20)
b = ["ab" * (25 + i) for i in range(30)]
second = tracemalloc.take_snapshot().filter_traces(only_mine)
interesting = {9, 11, 20}
for diff in second.compare_to(first, "lineno"):
    if diff.traceback[0].lineno in interesting:
        print(diff)
del a
third = tracemalloc.take_snapshot().filter_traces(only_mine)
for diff in third.compare_to(second, "lineno"):
    if diff.traceback[0].lineno in interesting:
        print(diff)
tracemalloc.stop()
