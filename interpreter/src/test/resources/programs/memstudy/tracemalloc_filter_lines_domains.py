# filter_traces with inclusive/exclusive Filters by file and line, and DomainFilter.
import tracemalloc

tracemalloc.start()
a = [list(range(10)) for _ in range(20)]
b = ["x" * 100 for _ in range(30)]
snap = tracemalloc.take_snapshot()
tracemalloc.stop()

mine = snap.filter_traces([tracemalloc.Filter(True, __file__)])
lines = sorted({s.traceback[0].lineno for s in mine.statistics("lineno")})
print("lines in this file:", lines)
only5 = snap.filter_traces([tracemalloc.Filter(True, __file__, lineno=5)])
print("only line 5:", sorted({s.traceback[0].lineno for s in only5.statistics("lineno")}))
not5 = mine.filter_traces([tracemalloc.Filter(False, __file__, lineno=5)])
print("excluding line 5:", sorted({s.traceback[0].lineno for s in not5.statistics("lineno")}))
dom0 = mine.filter_traces([tracemalloc.DomainFilter(True, 0)])
print("domain 0 keeps all:", len(dom0.traces) == len(mine.traces))
dom1 = mine.filter_traces([tracemalloc.DomainFilter(True, 1)])
print("domain 1 keeps none:", len(dom1.traces))
nodom = mine.filter_traces([tracemalloc.DomainFilter(False, 0)])
print("excluding domain 0:", len(nodom.traces))
f = tracemalloc.Filter(True, "*.py", lineno=3, all_frames=True)
print("filter attrs:", f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
df = tracemalloc.DomainFilter(False, 7)
print("domain filter:", df.inclusive, df.domain)
try:
    df.domain = 3
except AttributeError as e:
    print("AttributeError:", e)
none = snap.filter_traces([tracemalloc.Filter(True, "no_such_file.py")])
print("no match:", len(none.traces), none.statistics("lineno"))
print("empty filter list copies:", len(snap.filter_traces([]).traces) == len(snap.traces))
try:
    snap.filter_traces(tracemalloc.Filter(True, "x"))
except TypeError as e:
    print("TypeError:", e)
print("trace domain:", mine.traces[0].domain, "size > 0:", mine.traces[0].size > 0)
