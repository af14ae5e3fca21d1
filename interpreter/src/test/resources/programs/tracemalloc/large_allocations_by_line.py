# tracemalloc of large allocations, as a performance engineer looks for them: the size and count
# deltas of each line (statistics('lineno') against a snapshot before), a bytearray and a bytes
# of a megabyte, a list of a million references, an array's buffer and a deque's blocks;
# get_object_traceback of each big object names its line; the traced total
# falls back when they are freed.
import array
import collections
import gc
import tracemalloc

n = 1 << 20
gc.collect()
tracemalloc.start(1)
before = tracemalloc.take_snapshot()
buf = bytearray(n)
blob = bytes(n)
refs = [None] * n
arr = array.array("d", bytes(8 * 1000))
dq = collections.deque(range(1000))
after = tracemalloc.take_snapshot()

for stat in after.compare_to(before, "lineno")[:5]:
    frame = stat.traceback[0]
    print(f"line {frame.lineno}: {stat.size_diff // 1024} KiB in {stat.count_diff} blocks")

for name in ("buf", "blob", "refs", "arr", "dq"):
    tb = tracemalloc.get_object_traceback(globals()[name])
    print(name, "allocated at line", tb[0].lineno if tb else None)

current, peak = tracemalloc.get_traced_memory()
print("current at least 4 MiB:", current >= 4 * n, "peak >= current:", peak >= current)
del buf, blob, refs, arr, dq
gc.collect()
now, _ = tracemalloc.get_traced_memory()
print("freed at least 4 MiB:", current - now >= 4 * n)
tracemalloc.stop()
