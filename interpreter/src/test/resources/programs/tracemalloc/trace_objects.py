# The traces of a snapshot: each Trace has a domain (0 for Python's allocators), a size and a
# traceback; str(trace) is "file:line: size".
import gc
import tracemalloc

x = None
size = 4000
gc.collect()
tracemalloc.start()
x = b"z" * size
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__, lineno=10)])
tracemalloc.stop()
print(type(snap.traces).__name__, len(snap.traces))
tr = snap.traces[0]
print(tr.domain, tr.size, tr.traceback.total_nframe)
print(tr)
