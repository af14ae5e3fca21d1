# Snapshot.filter_traces with inclusive and exclusive Filters and DomainFilters,
# get_traceback_limit, is_tracing and traceback depth through nested calls.
# Which blocks come from the start-up free lists decides the counts: marksweep's automatic
# collections are full ones and empty those lists at other times.
# collectors: generational refcount
import tracemalloc

print("tracing before start:", tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.start(5)
print("tracing:", tracemalloc.is_tracing(), "limit:", tracemalloc.get_traceback_limit())

def level3():
    return [bytearray(64) for _ in range(10)]

def level2():
    return level3()

def level1():
    return level2()

data = level1()
snap = tracemalloc.take_snapshot()
print("snapshot limit:", snap.traceback_limit)
mine = snap.filter_traces([tracemalloc.Filter(True, __file__)])
deep = [t for t in mine.traces if len(t.traceback) >= 4]
print("deep traces:", len(deep) >= 10)
tb = deep[0].traceback
print("frames:", [f.lineno for f in tb])
print("format:", len(tb.format()), len(tb.format(limit=2)), len(tb.format(most_recent_first=True)))
only_line = snap.filter_traces([tracemalloc.Filter(True, __file__, lineno=10)])
print("line 10 blocks:", sum(s.count for s in only_line.statistics("lineno")))
excl = snap.filter_traces([tracemalloc.Filter(False, __file__, all_frames=True)])
print("excluded all frames has mine:", any(f.filename == __file__ for t in excl.traces for f in t.traceback))
dom = snap.filter_traces([tracemalloc.DomainFilter(True, 0)])
print("domain 0 same:", len(dom.traces) == len(snap.traces))
dom_none = snap.filter_traces([tracemalloc.DomainFilter(False, 0)])
print("no domain 0:", len(dom_none.traces))
f = tracemalloc.Filter(True, "x.py", 3, all_frames=True, domain=None)
print(f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
try:
    snap.filter_traces(tracemalloc.Filter(True, "x"))
except TypeError as e:
    print("TypeError:", e)
tracemalloc.stop()
print("after stop:", tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
