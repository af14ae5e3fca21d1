# tracemalloc statistics by traceback, two frames deep.
import tracemalloc
def make(n):
    return [str(i) * 3 for i in range(n)]
tracemalloc.start(2)
keep = make(50)
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
for stat in snap.statistics("traceback")[:1]:
    print(stat.count, stat.size)
    for frame in stat.traceback:
        print(frame.filename.rsplit("/", 1)[-1], frame.lineno)
