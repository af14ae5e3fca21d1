# compare_to between two snapshots around a request handler that leaks into a module-level list.
import tracemalloc

_history = []

def handle(req):
    body = {"id": req, "payload": "x" * 50}
    _history.append(body)
    return len(body["payload"])

def handle_clean(req):
    body = {"id": req, "payload": "y" * 50}
    return len(body["payload"])

tracemalloc.start()
for i in range(10):
    handle(i)
    handle_clean(i)
s1 = tracemalloc.take_snapshot()
for i in range(300):
    handle(i)
    handle_clean(i)
s2 = tracemalloc.take_snapshot()
flt = [tracemalloc.Filter(True, __file__)]
diff = s2.filter_traces(flt).compare_to(s1.filter_traces(flt), "lineno")
for d in diff[:3]:
    print(f"line {d.traceback[0].lineno}: +{d.count_diff} blocks, size grew {d.size_diff > 0}")
clean_lines = [d for d in diff if d.traceback[0].lineno == 12]
print("clean handler line leaks:", [d.count_diff for d in clean_lines])
print("history", len(_history))
_history.clear()
s3 = tracemalloc.take_snapshot()
back = s3.filter_traces(flt).compare_to(s2.filter_traces(flt), "filename")
print("after clear: count diff negative", back[0].count_diff < 0)
tracemalloc.stop()
