# start(nframe) and statistics('traceback'): the same line reached through different callers splits in traceback mode.
# collectors: generational refcount
import tracemalloc

def alloc(n):
    return [bytearray(256) for _ in range(n)]

def via_a():
    return alloc(10)

def via_b():
    return alloc(20)

tracemalloc.start(5)
print(tracemalloc.get_traceback_limit())
a = via_a()
b = via_b()
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
print("traceback_limit of snapshot:", snap.traceback_limit)
by_line = [s for s in snap.statistics("lineno") if s.traceback[0].lineno == 5]
print("by line:", len(by_line), by_line[0].count if by_line else None)
by_tb = [s for s in snap.statistics("traceback") if s.traceback[0].lineno == 5 and s.count >= 10]
for s in sorted(by_tb, key=lambda s: s.count):
    print(s.count, [f.lineno for f in s.traceback][:3])
print(by_tb[0].traceback.total_nframe >= len(by_tb[0].traceback))
lines = by_tb[0].traceback.format()
print(len(lines), lines[0].strip().startswith('File "'))
tracemalloc.stop()
tracemalloc.start()
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
