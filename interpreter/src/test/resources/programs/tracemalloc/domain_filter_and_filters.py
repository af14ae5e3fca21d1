# Filter and DomainFilter attributes, reprs-free checks, and how filter_traces combines inclusive/exclusive filters.
import tracemalloc

f = tracemalloc.Filter(True, "*.py", 10, all_frames=True)
print(f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
g = tracemalloc.Filter(False, "x.py", domain=3)
print(g.inclusive, g.lineno, g.all_frames, g.domain)
df = tracemalloc.DomainFilter(False, 0)
print(df.inclusive, df.domain)
try:
    df.domain = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    tracemalloc.DomainFilter(True)
except TypeError as e:
    print("TypeError:", e)

tracemalloc.start()
data = [list(range(20)) for _ in range(50)]
more = {i: str(i) for i in range(100)}
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
mine = snap.filter_traces([tracemalloc.Filter(True, __file__)])
only_line = snap.filter_traces([tracemalloc.Filter(True, __file__, 17)])
not_line = mine.filter_traces([tracemalloc.Filter(False, __file__, 17)])
print("line filter keeps only line 17:", {t.traceback[0].lineno for t in only_line.traces} == {17})
print("exclusive removes it:", 17 not in {t.traceback[0].lineno for t in not_line.traces})
print("domains:", {t.domain for t in mine.traces})
no_domain0 = mine.filter_traces([tracemalloc.DomainFilter(False, 0)])
print("exclusive domain 0 leaves:", len(no_domain0.traces))
same = mine.filter_traces([])
print("empty filter list keeps all:", len(same.traces) == len(mine.traces))
try:
    mine.filter_traces(tracemalloc.Filter(True, "*"))
except TypeError as e:
    print("TypeError:", e)
