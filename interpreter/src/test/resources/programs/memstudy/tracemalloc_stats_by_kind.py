# Snapshot.statistics by 'lineno', 'filename' and 'traceback' for a few allocations on known lines.
import tracemalloc

tracemalloc.start(3)

def build_rows(n):
    return [str(i) * 10 for i in range(n)]

def build_map(n):
    return {i: (i, i) for i in range(n)}

rows = build_rows(500)
table = build_map(300)
snap = tracemalloc.take_snapshot()
snap = snap.filter_traces([tracemalloc.Filter(True, __file__)])
tracemalloc.stop()

by_line = snap.statistics("lineno")
for stat in by_line[:3]:
    frame = stat.traceback[0]
    print(f"line {frame.lineno}: count>0 {stat.count > 0} size>0 {stat.size > 0}")
lines = sorted(s.traceback[0].lineno for s in by_line)
print("lines seen:", lines)
by_file = snap.statistics("filename")
print("one file:", len(by_file), by_file[0].traceback[0].filename.endswith(".py"), by_file[0].traceback[0].lineno)
print("file total equals line total:", by_file[0].size == sum(s.size for s in by_line))
by_tb = snap.statistics("traceback")
depths = sorted({len(s.traceback) for s in by_tb})
print("traceback depths:", depths)
for s in by_tb:
    if len(s.traceback) == 2:
        print("two frames:", [f.lineno for f in s.traceback])
        break
try:
    snap.statistics("bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    snap.statistics("traceback", cumulative=True)
except ValueError as e:
    print("ValueError:", e)
cum = snap.statistics("lineno", cumulative=True)
print("cumulative has entries:", len(cum) >= len(by_line))
