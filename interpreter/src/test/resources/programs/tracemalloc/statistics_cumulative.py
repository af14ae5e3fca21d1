# statistics('lineno', cumulative=True) counts a block under every frame of its traceback, so a
# caller's line sums what its callees allocated; 'traceback' cannot be cumulative.
import gc
import tracemalloc

def make(n):
    return [b"q" * 700 for _ in range(n)]

def twice():
    return make(2) + make(3)

keep = None
gc.collect()
tracemalloc.start(3)
keep = twice()
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
tracemalloc.stop()
flat = {s.traceback[0].lineno: s.count for s in snap.statistics("lineno")}
cumulative = {s.traceback[0].lineno: s.count for s in snap.statistics("lineno", cumulative=True)}
print(sorted(flat.items()))
print(sorted(cumulative.items()))
print(sorted({s.traceback[0].lineno for s in snap.statistics("filename", cumulative=True)}))
try:
    snap.statistics("traceback", cumulative=True)
except ValueError as e:
    print("ValueError:", e)
try:
    snap.statistics("line")
except ValueError as e:
    print("ValueError:", e)
try:
    snap.filter_traces(None)
except TypeError as e:
    print("TypeError:", e)
