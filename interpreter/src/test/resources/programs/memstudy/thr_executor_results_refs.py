# A thread pool building objects for the main thread: futures hold their
# results until they are dropped, map() yields them in order, and a shared
# object passed to every task is referenced once per live future.
import sys
from concurrent.futures import ThreadPoolExecutor

shared = {"config": True}
base = sys.getrefcount(shared)

def task(n, cfg):
    return {"n": n, "cfg": cfg, "data": [n] * 10}

with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(task, i, shared) for i in range(6)]
    results = [f.result() for f in futures]
print("results:", [r["n"] for r in results], "all share cfg:", all(r["cfg"] is shared for r in results))
print("extra refs with futures and results:", sys.getrefcount(shared) - base)
del futures
print("after dropping futures:", sys.getrefcount(shared) - base)
del results
print("after dropping results:", sys.getrefcount(shared) - base)
with ThreadPoolExecutor(max_workers=2) as pool:
    mapped = list(pool.map(task, range(4), [shared] * 4))
print("map order:", [r["n"] for r in mapped], "refs:", sys.getrefcount(shared) - base)
del mapped
print("end:", sys.getrefcount(shared) - base)
