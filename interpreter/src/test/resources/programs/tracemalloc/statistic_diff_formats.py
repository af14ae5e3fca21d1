# The str() and repr() forms of Statistic and StatisticDiff, sorting keys, and
# snapshot.dump/load round-tripping through a file.
import tracemalloc
import os
import tempfile

tracemalloc.start()
s1 = tracemalloc.take_snapshot()
data = [bytes(1000) for _ in range(20)]
more = [str(i) * 10 for i in range(50)]
s2 = tracemalloc.take_snapshot()
mine = tracemalloc.Filter(True, __file__)
s1 = s1.filter_traces([mine])
s2 = s2.filter_traces([mine])
stats = s2.statistics("lineno")
for st in stats:
    text = str(st).replace(__file__, "FILE")
    print(text)
print(repr(stats[0]).replace(__file__, "FILE").split(" count=")[0])
for d in s2.compare_to(s1, "lineno"):
    print(str(d).replace(__file__, "FILE"))
path = os.path.join(tempfile.mkdtemp(), "snap.pickle")
s2.dump(path)
loaded = tracemalloc.Snapshot.load(path)
print("loaded:", len(loaded.traces) == len(s2.traces), loaded.traceback_limit)
print("same stats:", [x.size for x in loaded.statistics("lineno")] == [x.size for x in stats])
os.remove(path)
os.rmdir(os.path.dirname(path))
tb = stats[0].traceback
print("traceback repr:", repr(tb).replace(__file__, "FILE"))
print("frame repr:", repr(tb[0]).replace(__file__, "FILE"))
print("total:", tracemalloc.get_tracemalloc_memory() > 0)
tracemalloc.stop()
