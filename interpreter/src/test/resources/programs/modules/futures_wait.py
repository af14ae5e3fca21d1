# concurrent.futures: as_completed (finished futures first, the rest as they finish), wait with
# ALL_COMPLETED / FIRST_COMPLETED / FIRST_EXCEPTION and timeouts, Future's own protocol
# (cancel, add_done_callback, set_result, InvalidStateError), shutdown(cancel_futures=True).
import concurrent.futures as cf
import threading

gate = threading.Event()
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    done = ex.submit(lambda: "early")
    done.result()
    slow = ex.submit(gate.wait)
    order = []
    it = cf.as_completed([slow, done])
    order.append(next(it).result())
    gate.set()
    order.append(next(it).result())
    print(order)

    fs = [ex.submit(pow, 2, n) for n in range(5)]
    d, nd = cf.wait(fs)
    print(sorted(f.result() for f in d), nd, type(cf.wait(fs)).__name__)
    gate.clear()
    blocker = ex.submit(gate.wait)
    quick = ex.submit(lambda: 1)
    d, nd = cf.wait([blocker, quick], return_when=cf.FIRST_COMPLETED)
    print(quick in d, blocker in nd)
    d, nd = cf.wait([blocker], timeout=0.01)
    print(len(d), len(nd))
    try:
        list(cf.as_completed([blocker], timeout=0.01))
    except TimeoutError as e:
        print("as_completed:", e)
    try:
        blocker.result(timeout=0.01)
    except TimeoutError as e:
        print("result timeout:", type(e).__name__)
    bad = ex.submit(lambda: 1 / 0)
    d, nd = cf.wait([bad, blocker], return_when=cf.FIRST_EXCEPTION)
    print(bad in d, blocker in nd)
    gate.set()

f = cf.Future()
calls = []
f.add_done_callback(lambda fut: calls.append(("cb1", fut.result())))
print(f.done(), f.running(), repr(f).endswith("state=pending>"))
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(42)
print(calls, repr(f).endswith("state=finished returned int>"))
f.add_done_callback(lambda fut: calls.append("cb2 at once"))
print(calls)
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print(type(e).__name__, str(e).startswith("FINISHED: <Future at"))
c = cf.Future()
print(c.cancel(), c.cancelled(), c.done(), c.cancel())
try:
    c.result()
except cf.CancelledError as e:
    print("CancelledError", repr(e))
e = cf.Future()
e.set_exception(KeyError("k"))
print(repr(e).endswith("state=finished raised KeyError>"), e.exception())

gate.clear()
ex = cf.ThreadPoolExecutor(max_workers=1)
first = ex.submit(gate.wait)
queued = [ex.submit(print, "never") for _ in range(3)]
threading.Timer(0.05, gate.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print([q.cancelled() for q in queued], first.result())
