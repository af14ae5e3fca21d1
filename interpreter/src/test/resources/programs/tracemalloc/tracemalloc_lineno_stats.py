# tracemalloc statistics by line: one line allocating lists of floats.
import tracemalloc
tracemalloc.start()
data = [[float(i)] for i in range(100)]
snap = tracemalloc.take_snapshot()
stats = [s for s in snap.statistics("lineno") if s.traceback[0].filename.endswith("tracemalloc_lineno_stats.py")]
for s in stats[:2]:
    print(s.traceback[0].lineno, s.count, s.size)
tracemalloc.stop()
