# compare_to between two snapshots around code that grows a cache: the top differences and their formats.
import tracemalloc

cache = {}

def handle(req):
    cache[req] = "x" * 500
    return len(cache)

tracemalloc.start()
s1 = tracemalloc.take_snapshot()
for i in range(200):
    handle(i)
s2 = tracemalloc.take_snapshot()
flt = [tracemalloc.Filter(True, __file__)]
diff = s2.filter_traces(flt).compare_to(s1.filter_traces(flt), "lineno")
top = diff[0]
print("line:", top.traceback[0].lineno)
print("count diff:", top.count_diff, "count:", top.count)
print("size diff >= 200*500:", top.size_diff >= 100_000)
print(str(top).split(":")[0], "+" in str(top))
for d in diff:
    if d.size_diff < 0:
        print("negative diff", d.traceback[0].lineno)
cache.clear()
s3 = tracemalloc.take_snapshot()
back = s3.filter_traces(flt).compare_to(s2.filter_traces(flt), "lineno")
shrink = [d for d in back if d.traceback[0].lineno == 8]
print("shrunk:", shrink[0].count, shrink[0].count_diff, shrink[0].size)
print("filename diffs:", len(s2.filter_traces(flt).compare_to(s1.filter_traces(flt), "filename")))
tracemalloc.stop()
