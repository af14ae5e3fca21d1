# Filters and domain filters on a snapshot.
import tracemalloc

tracemalloc.start()
x = [object() for _ in range(100)]
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
mine = snap.filter_traces([tracemalloc.Filter(True, __file__)])
print("all traces in my file:", all(t.traceback[0].filename == __file__ for t in mine.traces))
excluded = snap.filter_traces([tracemalloc.Filter(False, __file__)])
print("none from my file:", all(t.traceback[0].filename != __file__ for t in excluded.traces))
line5 = snap.filter_traces([tracemalloc.Filter(True, __file__, lineno=5)])
print("line 5 total >= 1600:", sum(t.size for t in line5.traces) >= 1600)
f = tracemalloc.Filter(True, "*.py", lineno=3, all_frames=True, domain=0)
print(f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
df = tracemalloc.DomainFilter(False, 1)
print(df.inclusive, df.domain)
kept = snap.filter_traces([df])
print("domain 0 kept:", len(kept.traces) == len(snap.traces))
try:
    snap.filter_traces(tracemalloc.Filter(True, "x"))
except TypeError as e:
    print("TypeError:", e)
try:
    snap.statistics("bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    snap.statistics("traceback", cumulative=True)
except ValueError as e:
    print("ValueError:", e)
print("snapshot limit:", snap.traceback_limit)
