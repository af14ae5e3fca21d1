# Threads allocating under the GIL: each worker builds lists into its own slot,
# refcounts and sizes checked after join, and a shared counter under a Lock.
import threading
import sys
import gc

results = {}
lock = threading.Lock()
counter = 0
shared = object()

def worker(n):
    global counter
    local = [shared] * 100
    data = [list(range(i)) for i in range(n)]
    with lock:
        counter += len(data)
    results[threading.current_thread().name] = (len(data), sum(len(d) for d in data), len(local))

before = sys.getrefcount(shared)
threads = [threading.Thread(target=worker, args=(i * 10,), name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print("counter:", counter)
print("shared refcount back:", sys.getrefcount(shared) == before)
print("alive:", [t.is_alive() for t in threads])
print("threading.active_count:", threading.active_count())

local = threading.local()
seen = []
def use_local(v):
    local.value = [v] * 10
    seen.append(len(local.value))
ts = [threading.Thread(target=use_local, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("local in main:", hasattr(local, "value"), seen)
gc.collect()
t = threading.Thread(target=lambda: None)
print("refcount of new thread:", sys.getrefcount(t))
t.start(); t.join()
print("after join:", sys.getrefcount(t))
