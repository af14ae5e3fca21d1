# Filter and DomainFilter select traces by file name pattern, line and domain.
import gc
import tracemalloc

f = tracemalloc.Filter(True, "*.py", lineno=12)
print(f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
d = tracemalloc.DomainFilter(False, 0)
print(d.inclusive, d.domain)
keep = None
size = 300
gc.collect()
tracemalloc.start()
keep = [b"k" * size for _ in range(5)]
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
mine = snap.filter_traces([tracemalloc.Filter(True, __file__)])
print([s.traceback[0].lineno for s in mine.statistics("lineno")])
line_only = snap.filter_traces([tracemalloc.Filter(True, __file__, lineno=13)])
print(len(line_only.traces), sum(t.size for t in line_only.traces))
excluded = snap.filter_traces([tracemalloc.Filter(False, __file__)])
print(any(t.traceback[0].filename == __file__ for t in excluded.traces))
print(len(snap.filter_traces([tracemalloc.DomainFilter(False, 0)]).traces))
