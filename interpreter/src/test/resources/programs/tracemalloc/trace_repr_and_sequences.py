# The reprs of Frame, Trace, Statistic, StatisticDiff and a snapshot's traces; Traceback and the
# traces are sequences (slicing gives tuples, `in` works), and Frames order as (file, line) tuples.
import tracemalloc

tb = tracemalloc.Traceback((("b.py", 2), ("a.py", 1)), 5)
print(repr(tb), len(tb), tb.total_nframe)
print(str(tb), tb[0], tb[-1], tb[0:1])
print(tb[1] in tb, tracemalloc.Frame(("c.py", 3)) in tb)
print(sorted([tracemalloc.Frame(("b.py", 2)), tracemalloc.Frame(("a.py", 9)), tracemalloc.Frame(("a.py", 1))]))
print(tracemalloc.Frame(("a.py", 1)) == tracemalloc.Frame(("a.py", 1)), tracemalloc.Frame(("a.py", 1)) < tracemalloc.Frame(("a.py", 2)))
trace = tracemalloc.Trace((0, 123, (("x.py", 4),), 1))
print(repr(trace), str(trace))
print(repr(tracemalloc.Statistic(tb, 4096, 3)))
print(repr(tracemalloc.StatisticDiff(tb, 4096, -10, 3, 1)))
snap = tracemalloc.Snapshot([(0, 10, (("x.py", 1),), 1), (0, 20, (("x.py", 2),), 1)], 1)
print(repr(snap.traces), len(snap.traces), snap.traces[1:], snap.traces[0] in snap.traces)
print([str(s) for s in snap.statistics("lineno")])
print([str(s) for s in snap.statistics("filename")])
