# start(nframe) keeps the nframe most recent frames of each allocation; total_nframe counts every
# frame that was running; traces at the same site share one traceback.
import gc
import tracemalloc

def leaf():
    return [0] * 100

def middle():
    return leaf()

def top():
    return middle()

keep = None
gc.collect()
tracemalloc.start(2)
keep = [top() for _ in range(3)]
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__, lineno=7)])
tracemalloc.stop()
traces = list(snap.traces)
print(len(traces), sorted(t.size for t in traces))
tb = traces[0].traceback
print(len(tb), tb.total_nframe, [f.lineno for f in tb])
print(repr(tb))
print(all(t.traceback == tb for t in traces))
stat = snap.statistics("traceback")[0]
print(stat.count, stat.size, [f.lineno for f in stat.traceback])
