# tracemalloc snapshots see a list of lists allocated on one line
import tracemalloc
tracemalloc.start()
data = [[0] * 10 for _ in range(100)]
snap = tracemalloc.take_snapshot()
stats = snap.statistics('lineno')
top = stats[0]
print(top.traceback[0].lineno, top.count >= 100)
cur, peak = tracemalloc.get_traced_memory()
print(cur > 0, peak >= cur)
tracemalloc.stop()
print(tracemalloc.is_tracing())
