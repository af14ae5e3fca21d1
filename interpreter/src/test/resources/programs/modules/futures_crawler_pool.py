# A fake crawler on concurrent.futures.ThreadPoolExecutor: map in order, submit with as_completed gathered by key, exceptions from futures, timeouts on a never-set event, shutdown and cancel
import concurrent.futures as cf
import threading

PAGES = {"/": ["/a", "/b"], "/a": ["/c"], "/b": ["/c", "/missing"], "/c": []}

def fetch(path):
    if path not in PAGES:
        raise LookupError(f"404 {path}")
    return path, PAGES[path]

with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix="crawler") as pool:
    print(list(pool.map(len, ["a", "bb", "ccc"])))
    seen, frontier = set(), ["/"]
    while frontier:
        futs = {pool.submit(fetch, p): p for p in frontier if p not in seen}
        seen.update(frontier)
        frontier = []
        for fut in cf.as_completed(futs):
            p = futs[fut]
            try:
                _, links = fut.result()
            except LookupError as e:
                print("error:", e)
                continue
            frontier.extend(sorted(l for l in links if l not in seen))
        frontier = sorted(set(frontier))
    print("crawled:", sorted(seen))
    f = pool.submit(fetch, "/nope")
    print("exception():", repr(f.exception()), f.done(), f.cancelled())
    try:
        list(pool.map(fetch, ["/", "/zzz", "/a"]))
    except LookupError as e:
        print("map raised:", e)
    gate = threading.Event()
    slow = pool.submit(gate.wait)
    try:
        slow.result(timeout=0.01)
    except cf.TimeoutError:
        print("timeout, running:", slow.running())
    gate.set()
    print("then:", slow.result())
    done, not_done = cf.wait([pool.submit(pow, 2, k) for k in range(5)], return_when=cf.ALL_COMPLETED)
    print(sorted(f.result() for f in done), len(not_done))
    cb = []
    fut = pool.submit(sum, [1, 2, 3])
    fut.add_done_callback(lambda f: cb.append(f.result()))
    fut.result()
f2 = cf.Future()
print(f2.cancel(), f2.cancelled(), repr(f2)[:10])
try:
    f2.result()
except cf.CancelledError:
    print("CancelledError")
print("callback saw:", cb)
try:
    pool.submit(print, "late")
except RuntimeError as e:
    print("RuntimeError:", e)
with cf.ThreadPoolExecutor(1) as p2:
    r = p2.submit(fetch, "/gone")
r.result()
