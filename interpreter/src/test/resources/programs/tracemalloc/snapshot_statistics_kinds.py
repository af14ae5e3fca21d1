# Snapshot.statistics by 'filename', 'lineno' and 'traceback' for allocations of known sizes.
# collectors: generational refcount
import tracemalloc

tracemalloc.start(3)

def make_blobs():
    return [bytes(4000) for _ in range(25)]

def make_more():
    return make_blobs()

a = make_blobs()
b = make_more()
snap = tracemalloc.take_snapshot()
snap = snap.filter_traces([tracemalloc.Filter(True, __file__)])

top = snap.statistics("lineno")[0]
print("top line:", top.traceback[0].lineno, top.count, top.size >= 50 * 4000)
by_file = snap.statistics("filename")
print("files:", len(by_file), by_file[0].traceback[0].filename.endswith("snapshot_statistics_kinds.py"))
by_tb = snap.statistics("traceback")
for st in by_tb[:2]:
    print([fr.lineno for fr in st.traceback], st.count)
print("traceback frames newest first:", len(by_tb[0].traceback))
cum = snap.statistics("lineno", cumulative=True)
lines = sorted(s.traceback[0].lineno for s in cum if s.size >= 100_000)
print("cumulative lines holding 100 kB:", lines)
try:
    snap.statistics("function")
except ValueError as e:
    print("ValueError:", e)
try:
    snap.statistics("filename", cumulative=True)
except ValueError as e:
    print("ValueError:", e)
tracemalloc.stop()
