# threading.local data lives as long as its thread: what a finished thread leaves behind.
import threading
import weakref
import gc

class Conn:
    count = 0
    def __init__(self, owner):
        self.owner = owner
        Conn.count += 1
    def __del__(self):
        Conn.count -= 1

local = threading.local()
refs = []

def worker(n):
    local.conn = Conn(n)
    refs.append(weakref.ref(local.conn))

threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
print("threads joined; live conns", Conn.count, [r() is None for r in refs])
print("main thread has no conn:", hasattr(local, "conn"))
local.conn = Conn("main")
print("main set", Conn.count)
del local
gc.collect()
print("local dropped", Conn.count)

results = {}
lock = threading.Lock()
def collect(i):
    data = [i] * 1000
    with lock:
        results[i] = len(data)

ts = [threading.Thread(target=collect, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))
print("alive threads:", threading.active_count())
