# Threads appending to shared containers under the GIL; refcounts of shared objects after join.
import threading
import sys

shared = object()
box = []
lock = threading.Lock()

def worker(n):
    local = [shared] * n
    with lock:
        box.append(shared)
    return len(local)

print("before", sys.getrefcount(shared))
ts = [threading.Thread(target=worker, args=(i * 10,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("after join", sys.getrefcount(shared), len(box))
print("threads alive", [t.is_alive() for t in ts])
box.clear()
print("box cleared", sys.getrefcount(shared))
t = threading.Thread(target=worker, args=(5,))
print("thread object holds args:", sys.getrefcount(shared))
t.start(); t.join()
print("after run, target and args dropped:", hasattr(t, "_target"), hasattr(t, "_args"), sys.getrefcount(shared))
results = [None] * 4
def fill(i):
    results[i] = [i] * 100
ts = [threading.Thread(target=fill, args=(i,)) for i in range(4)]
[t.start() for t in ts]
[t.join() for t in ts]
print("results", [len(r) for r in results], sys.getrefcount(results))
