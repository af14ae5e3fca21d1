# Traceback limits of tracemalloc with allocations made deep in a call chain: start(nframe)
# keeps the nframe innermost frames (a Traceback lists them oldest first), get_traceback_limit
# reports it, statistics('traceback') groups by the whole kept traceback, Traceback.format with
# limit (negative: the oldest) and most_recent_first, total_nframe (None for
# get_object_traceback's tracebacks), the comprehension's own frame among them, start(0) refused.
import gc
import tracemalloc


def level3(n):
    return [bytearray(n) for _ in range(4)]


def level2(n):
    return level3(n)


def level1(n):
    return level2(n)


def names(tb):
    return [f"{f.lineno}" for f in tb]


size = 5000
for limit in (1, 2, 4, 10):
    gc.collect()
    tracemalloc.start(limit)
    print("limit", tracemalloc.get_traceback_limit())
    kept = level1(size)
    tb = tracemalloc.get_object_traceback(kept[0])
    print("  object traceback lines", names(tb), "total_nframe", tb.total_nframe)
    snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
    top = snap.statistics("traceback")[0]
    print("  biggest:", top.count, "blocks", top.size >= 4 * size, "frames", len(top.traceback))
    tracemalloc.stop()
    del kept

gc.collect()
tracemalloc.start(3)
obj = level1(size)
tb = tracemalloc.get_object_traceback(obj[1])
for line in tb.format():
    print(line.replace(__file__, "<prog>"))
print("--- limit=1")
for line in tb.format(limit=1):
    print(line.replace(__file__, "<prog>"))
print("--- oldest first")
for line in tb.format(most_recent_first=False):
    print(line.replace(__file__, "<prog>"))
print("--- limit=-1")
for line in tb.format(limit=-1):
    print(line.replace(__file__, "<prog>"))
tracemalloc.stop()
try:
    tracemalloc.start(0)
except ValueError as e:
    print("ValueError:", e)
