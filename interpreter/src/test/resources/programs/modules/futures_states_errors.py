# concurrent.futures without timing: a Future driven by hand through its states, the
# errors each wrong step raises (with their messages), wait()'s verdicts and as_completed()'s
# timeout on futures in every state, callbacks that fail (logged), and where a call's
# exception surfaces through result() and Executor.map.
import re
from concurrent.futures import (Future, wait, as_completed, ThreadPoolExecutor, CancelledError,
                                InvalidStateError, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)


def r(f):
    return re.sub(r"0x[0-9a-f]+", "0x...", repr(f))


def frames(e):
    names = []
    tb = e.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return names


def attempt(label, call):
    try:
        print(label, "->", call())
    except Exception as e:
        print(label, "->", type(e).__name__, re.sub(r"0x[0-9a-f]+", "0x...", str(e)))


f = Future()
print(r(f), f.done(), f.running(), f.cancelled())
attempt("result(timeout=0)", lambda: f.result(timeout=0))
attempt("exception(timeout=0)", lambda: f.exception(timeout=0))
attempt("running", f.set_running_or_notify_cancel)
print(r(f), f.running())
attempt("cancel while running", f.cancel)
f.add_done_callback(lambda fut: print("callback sees", r(fut)))
f.set_result([1, 2])
attempt("result", f.result)
attempt("set_result again", lambda: f.set_result(3))
attempt("set_exception again", lambda: f.set_exception(ValueError()))

g = Future()
g.set_exception(KeyError("k"))
print(r(g), repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print("result raised", repr(e), frames(e))

c = Future()
attempt("cancel", c.cancel)
attempt("cancel again", c.cancel)
print(r(c), c.done(), c.cancelled())
attempt("result of cancelled", c.result)
attempt("exception of cancelled", c.exception)
attempt("notify", c.set_running_or_notify_cancel)
attempt("set_result on cancelled", lambda: c.set_result(1))


def failing_callback(fut):
    raise RuntimeError("callback failed")


class Named(Future):
    def __repr__(self):
        return "<the named future>"


named = Named()
named.add_done_callback(failing_callback)
named.cancel()                            # the callback runs, its error is logged
named.add_done_callback(failing_callback)  # done already: called at once, logged too

pending, cancelled_unseen = Future(), Future()
cancelled_unseen.cancel()
everything = [f, g, c, pending, cancelled_unseen]
for when in (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION):
    done, not_done = wait(everything, timeout=0, return_when=when)
    print(when, sorted(everything.index(x) for x in done), sorted(everything.index(x) for x in not_done))
both = wait([f, f, c])
print(type(both).__name__, len(both.done), len(both.not_done), wait([]))
attempt("bad return_when", lambda: wait([pending], timeout=0, return_when="SOMETIMES"))
seen = []
try:
    for x in as_completed(everything + [f], timeout=0):
        seen.append(everything.index(x))
except TimeoutError as e:
    print("as_completed:", sorted(seen), e)
print("waiters left:", [len(x._waiters) for x in everything])

# a pool: results in order from map, the first exception raised where its result would be
def work(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x * x


with ThreadPoolExecutor(2, thread_name_prefix="pool") as ex:
    results = ex.map(work, range(6))
    try:
        for value in results:
            print("map gave", value)
    except ValueError as e:
        print("map raised", e, frames(e))
    fs = [ex.submit(work, x) for x in range(5)]
    print([x.exception() is None for x in fs], all(t.name.startswith("pool_") for t in ex._threads))
attempt("submit after shutdown", lambda: ex.submit(work, 1))
attempt("max_workers=0", lambda: ThreadPoolExecutor(0))
attempt("initializer not callable", lambda: ThreadPoolExecutor(1, initializer=3))
