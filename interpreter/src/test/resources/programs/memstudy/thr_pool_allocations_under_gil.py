# Threads allocating under the GIL: each worker builds its own lists and
# dicts and appends to a shared list; after join the totals, the refcounts
# of a shared object every worker stored, and the sizes are deterministic.
import sys
import threading

shared = object()
results = []
lock = threading.Lock()

def worker(wid, n):
    local = []
    index = {}
    for i in range(n):
        item = (wid, i, shared)
        local.append(item)
        index[i] = item
    with lock:
        results.append((wid, len(local), len(index), sys.getsizeof(local), sys.getsizeof(index)))
        keep.extend(local[:2])

keep = []
before = sys.getrefcount(shared)
threads = [threading.Thread(target=worker, args=(w, 100 * (w + 1)), name=f"w{w}") for w in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
results.sort()
for r in results:
    print("worker %d built %d items, %d keys, list %d bytes, dict %d bytes" % r)
print("kept tuples:", len(keep), "extra refs to shared:", sys.getrefcount(shared) - before)
del keep[:]
print("after dropping kept:", sys.getrefcount(shared) - before)
print("threads alive:", sum(t.is_alive() for t in threads), threading.active_count())

counter = {"n": 0}
def bump(k):
    for _ in range(k):
        with lock:
            counter["n"] += 1
ts = [threading.Thread(target=bump, args=(500,)) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter:", counter["n"])
local = threading.local()
def set_local(v, out):
    local.value = [v] * v
    out.append(len(local.value))
out = []
ts = [threading.Thread(target=set_local, args=(v, out)) for v in (3, 5, 7)]
for t in ts:
    t.start()
    t.join()
print("thread-local lengths:", out, "main has value:", hasattr(local, "value"))
