# Snapshot.filter_traces with inclusive/exclusive filters by filename, line and all_frames.
import tracemalloc
import linecache

def alloc_a():
    return [str(i) * 3 for i in range(200)]

def alloc_b():
    return {i: (i,) for i in range(100)}

tracemalloc.start(3)
a = alloc_a()
b = alloc_b()
snap = tracemalloc.take_snapshot()
mine = snap.filter_traces([tracemalloc.Filter(True, __file__)])
only_a = mine.filter_traces([tracemalloc.Filter(True, __file__, 6)])
not_a = mine.filter_traces([tracemalloc.Filter(False, __file__, 6)])
print("line 6 blocks", sum(s.count for s in only_a.statistics("lineno")))
print("other lines", sorted({s.traceback[0].lineno for s in not_a.statistics("lineno")}))
all_frames = snap.filter_traces([tracemalloc.Filter(True, __file__, all_frames=True)])
print("all_frames keeps at least as many", len(all_frames.traces) >= len(mine.traces))
f = tracemalloc.Filter(True, "*.py", lineno=None)
print("filter attrs", f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
d = tracemalloc.DomainFilter(False, 5)
print("domain filter", d.inclusive, d.domain)
print("domain 5 excluded changes nothing", len(mine.filter_traces([d]).traces) == len(mine.traces))
print("traceback limit stored", snap.traceback_limit)
try:
    mine.filter_traces(tracemalloc.Filter(True, "x"))
except TypeError as e:
    print("TypeError:", e)
tracemalloc.stop()
