# Snapshot.dump and Snapshot.load through a temporary directory keep traces, limits and statistics.
import os
import tempfile
import tracemalloc

tracemalloc.start(2)

def alloc():
    return [str(i) * 50 for i in range(100)]

kept = alloc()
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "heap.snap")
    snap.dump(path)
    print("file written:", os.path.getsize(path) > 0)
    loaded = tracemalloc.Snapshot.load(path)
print(type(loaded).__name__, loaded.traceback_limit, len(loaded.traces) == len(snap.traces))
a = [(s.traceback[0].lineno, s.count, s.size) for s in snap.statistics("lineno")]
b = [(s.traceback[0].lineno, s.count, s.size) for s in loaded.statistics("lineno")]
print("same statistics:", a == b)
print("diff against itself:", [d.size_diff for d in loaded.compare_to(snap, "lineno")][:3])
tr = loaded.traces[0]
print(type(tr).__name__, tr.domain, len(tr.traceback) <= 2)
print(len(loaded.traces) == len(list(loaded.traces)))
tracemalloc.stop()
