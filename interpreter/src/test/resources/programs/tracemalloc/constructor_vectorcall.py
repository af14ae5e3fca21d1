# The constructors that are vectorcalls in CPython 3.11 (range, list, tuple, dict, set, frozenset,
# float, bool) build no argument tuple: each line below traces only what the constructor made
# (gc.collect() emptied the free lists, so an argument tuple would be a fresh block that stays
# traced in the tuple free list). tuple(range) fills a tuple sized by the length hint, with no
# temporary list.
import gc
import tracemalloc

r = l = t = d = s = fs = f = b = None
gc.collect()
tracemalloc.start()
r = range(10)
l = list(r)
t = tuple(r)
d = dict(a=1)
s = set(r)
fs = frozenset(r)
f = float("2.5")
b = bool(r)
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
tracemalloc.stop()
lines = {}
for trace in snap.traces:
    n, size = lines.get(trace.traceback[0].lineno, (0, 0))
    lines[trace.traceback[0].lineno] = (n + 1, size + trace.size)
for lineno in range(12, 20):
    print(lineno, lines.get(lineno, (0, 0)))
