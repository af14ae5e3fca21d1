# statistics('filename') and a Snapshot's traces for one program line
import tracemalloc
tracemalloc.start()
keep = [str(i) * 3 for i in range(200)]
snap = tracemalloc.take_snapshot()
snap = snap.filter_traces([tracemalloc.Filter(True, __file__)])
st = snap.statistics("filename")
print(len(st), st[0].count, st[0].size)
ln = snap.statistics("lineno")
print([(s.traceback[0].lineno, s.count, s.size) for s in ln[:3]])
tracemalloc.stop()
