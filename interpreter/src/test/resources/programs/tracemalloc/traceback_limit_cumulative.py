# collectors: generational refcount
# tracemalloc with a traceback limit of 5: cumulative statistics credit every caller in the chain.
import tracemalloc

def leaf(n):
    return [bytes(64) for _ in range(n)]

def middle(n):
    return leaf(n) + leaf(n)

def top():
    return middle(100)

tracemalloc.start(5)
print("limit", tracemalloc.get_traceback_limit())
data = top()
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for s in snap.statistics("lineno")[:3]:
    print("lineno", s.traceback[0].lineno, s.count)
cum = snap.statistics("lineno", cumulative=True)
lines = sorted((s.traceback[0].lineno, s.count) for s in cum if s.count >= 200)
print("cumulative >= 200 blocks:", lines)
tb = snap.statistics("traceback")[0].traceback
print("deepest traceback frames", len(tb), [f.lineno for f in tb])
print("format most recent first", [l.strip() for l in tb.format(most_recent_first=True)][:2])
print("object traceback", [f.lineno for f in tracemalloc.get_object_traceback(data[0])])
tracemalloc.stop()
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    tracemalloc.start(0)
except ValueError as e:
    print("ValueError:", e)
