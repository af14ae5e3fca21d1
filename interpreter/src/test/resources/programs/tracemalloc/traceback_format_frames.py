# tracemalloc with several frames: Traceback.format(), most recent first or last, limits.
import tracemalloc

tracemalloc.start(5)

def leaf(n):
    return [object() for _ in range(n)]

def middle(n):
    return leaf(n)

def top(n):
    return middle(n)

data = top(100)
snap = tracemalloc.take_snapshot()
stats = snap.statistics("traceback")
mine = [s for s in stats if s.traceback[0].filename == __file__]
best = max(mine, key=lambda s: s.size)
print("frames", len(best.traceback), "count", best.count)
for line in best.traceback.format():
    print(line.replace(__file__, "<here>"))
print("---- most recent first")
for line in best.traceback.format(most_recent_first=True, limit=2):
    print(line.replace(__file__, "<here>"))
print("---- limit -1")
for line in best.traceback.format(limit=-1):
    print(line.replace(__file__, "<here>"))
tb = tracemalloc.get_object_traceback(data[0])
print("object traceback frames", len(tb), [f.lineno for f in tb])
print(repr(tb[0]).replace(__file__, "<here>"))
print(str(tb[0]).replace(__file__, "<here>"))
print("limit", tracemalloc.get_traceback_limit())
tracemalloc.stop()
print("stopped", tracemalloc.is_tracing(), tracemalloc.get_object_traceback(data[0]))
