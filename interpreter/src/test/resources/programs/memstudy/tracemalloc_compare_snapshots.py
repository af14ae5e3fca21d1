# Finding a leak by comparing two tracemalloc snapshots.
import gc
import tracemalloc

leak = []

def leaky_function(n):
    for i in range(n):
        leak.append("x" * (100 + i % 7))

gc.collect()
tracemalloc.start()
snap1 = tracemalloc.take_snapshot()
leaky_function(1000)
snap2 = tracemalloc.take_snapshot()
stats = snap2.compare_to(snap1, "lineno")
top = stats[0]
print("top difference line:", top.traceback[0].lineno)
print("count_diff:", top.count_diff, "count:", top.count)
print("size_diff equals size:", top.size_diff == top.size)
print("size positive:", top.size_diff > 100000)
print("str starts with file:", str(top).startswith("tracemalloc_compare_snapshots.py:9: size="))
by_file = snap2.compare_to(snap1, "filename")
print("filename stat file:", by_file[0].traceback[0].filename.endswith("tracemalloc_compare_snapshots.py"))
print("filename stat lineno:", by_file[0].traceback[0].lineno)
cumul = snap2.compare_to(snap1, "lineno", cumulative=True)
print("cumulative has caller line 14:", any(s.traceback[0].lineno == 14 for s in cumul))
leak.clear()
snap3 = tracemalloc.take_snapshot()
diff = snap3.compare_to(snap2, "lineno")
line9 = [s for s in diff if s.traceback[0].lineno == 9][0]
print("after clear, line 9:", line9.count, line9.count_diff, line9.size, line9.size_diff < 0)
tracemalloc.stop()
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
