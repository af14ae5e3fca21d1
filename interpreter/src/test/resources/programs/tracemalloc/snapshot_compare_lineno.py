# Two tracemalloc snapshots around building data structures, compared by lineno and by filename.
import tracemalloc

tracemalloc.start()

def build_lists(n):
    return [[i] * 4 for i in range(n)]

def build_text(n):
    return ["item-%05d" % i for i in range(n)]

first = tracemalloc.take_snapshot()
lists = build_lists(200)
texts = build_text(300)
blob = bytearray(50000)
second = tracemalloc.take_snapshot()
second = second.filter_traces([tracemalloc.Filter(True, __file__)])
first = first.filter_traces([tracemalloc.Filter(True, __file__)])
for stat in second.compare_to(first, "lineno")[:4]:
    frame = stat.traceback[0]
    print(f"line {frame.lineno}: +{stat.size_diff} bytes, +{stat.count_diff} blocks")
by_file = second.compare_to(first, "filename")
print("files", len(by_file), by_file[0].traceback[0].filename.endswith("snapshot_compare_lineno.py"))
total = sum(s.size_diff for s in by_file)
print("total diff positive", total > 50000)
top = second.statistics("lineno")
print("top line", top[0].traceback[0].lineno, top[0].size >= 50000, top[0].count)
print(str(top[0]).split(":")[0].endswith("snapshot_compare_lineno.py"))
del lists, texts, blob
third = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
freed = third.compare_to(second, "lineno")
print("freed lines", sorted(s.traceback[0].lineno for s in freed if s.size_diff < 0))
print("all gone", sum(s.size for s in third.statistics("lineno")) < 1000)
tracemalloc.stop()
