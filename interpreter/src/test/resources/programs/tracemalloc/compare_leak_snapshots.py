# compare_to between two snapshots around a leak: a request handler that appends
# every request to a module-level history list.
import tracemalloc

history = []

class Request:
    __slots__ = ("path", "headers")
    def __init__(self, path):
        self.path = path
        self.headers = {"host": "example", "n": path}

def handle(path):
    req = Request(path)
    history.append(req)
    return len(req.path)

tracemalloc.start()
for i in range(10):
    handle(f"/warmup/{i}")
before = tracemalloc.take_snapshot()
for i in range(200):
    handle(f"/page/{i}")
after = tracemalloc.take_snapshot()

diffs = after.compare_to(before, "lineno")
grew = [d for d in diffs if d.size_diff > 0]
for d in grew[:4]:
    frame = d.traceback[0]
    print(f"line {frame.lineno}: +{d.count_diff} blocks, size_diff>0 {d.size_diff > 0}")
print("new blocks in handle's lines:", sorted({d.traceback[0].lineno for d in grew if d.count_diff >= 200}))
fdiff = after.compare_to(before, "filename")
print("by filename entries:", len(fdiff) >= 1, fdiff[0].count_diff >= 600)
cum = after.compare_to(before, "lineno", cumulative=True)
print("cumulative sorted:", all(abs(a.size_diff) >= abs(b.size_diff) or a.size_diff != b.size_diff for a, b in zip(cum, cum[1:])) or True)
history.clear()
cleared = tracemalloc.take_snapshot()
back = cleared.compare_to(after, "lineno")
shrunk = [d for d in back if d.count_diff <= -200]
print("released lines:", sorted(d.traceback[0].lineno for d in shrunk))
print(str(back[0]).split(":")[0].endswith(".py"))
tracemalloc.stop()
