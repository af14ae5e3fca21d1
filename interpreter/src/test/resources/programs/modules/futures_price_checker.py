# concurrent.futures ThreadPoolExecutor: map with order kept, submit/as_completed (sorted results), exceptions stored in futures, result(timeout), cancel of a pending future, wait's FIRST_EXCEPTION, shutdown and submit after it.
import concurrent.futures as cf
import threading
import time

PRICES = {"apple": 1.2, "pear": 0.8, "plum": 2.5, "kiwi": None}

def price(item):
    p = PRICES[item]
    if p is None:
        raise LookupError(f"no price for {item}")
    return item, p

with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix="pricer") as pool:
    print(list(pool.map(price, ["apple", "pear", "plum"])))
    futures = {pool.submit(price, item): item for item in PRICES}
    done = []
    for f in cf.as_completed(futures):
        item = futures[f]
        if f.exception() is not None:
            done.append((item, "error", repr(f.exception())))
        else:
            done.append((item, "ok", f.result()))
    for row in sorted(done):
        print(row)
    try:
        list(pool.map(price, ["apple", "kiwi", "pear"]))
    except LookupError as e:
        print("map raised:", e)
    names = set(pool.map(lambda _: threading.current_thread().name.rsplit("_", 1)[0], range(6)))
    print(names)

gate = threading.Event()
with cf.ThreadPoolExecutor(max_workers=1) as pool:
    blocker = pool.submit(gate.wait, 5)
    pending = pool.submit(price, "apple")
    print("cancel pending:", pending.cancel(), pending.cancelled(), pending.done())
    try:
        blocker.result(timeout=0.01)
    except cf.TimeoutError:
        print("TimeoutError while running:", blocker.running())
    gate.set()
    print(blocker.result(), blocker.done())
    try:
        pending.result()
    except cf.CancelledError:
        print("CancelledError")
    fs = [pool.submit(price, x) for x in ("kiwi", "apple")]
    done, not_done = cf.wait(fs, return_when=cf.ALL_COMPLETED)
    print(sorted(type(f.exception()).__name__ for f in done))
    callbacks = []
    f = pool.submit(price, "plum")
    f.add_done_callback(lambda fut: callbacks.append(fut.result()))
    cf.wait([f])
    time.sleep(0) 
print("callbacks:", callbacks)
try:
    pool.submit(price, "apple")
except RuntimeError as e:
    print("RuntimeError:", e)
f = cf.Future()
print(f.done(), f.set_running_or_notify_cancel(), f.running())
f.set_result(42)
print(f.result(), repr(f).split(" ")[0], "state=finished" in repr(f))
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
with cf.ThreadPoolExecutor() as pool:
    pool.submit(price, "kiwi").result()
