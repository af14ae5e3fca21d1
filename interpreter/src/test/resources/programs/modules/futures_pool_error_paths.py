# concurrent.futures.ThreadPoolExecutor as a batch job uses it: map() keeping input order and
# raising the first error when its result is reached, map with several iterables and a timeout,
# submit/as_completed with exceptions collected per future, Future.exception(), add_done_callback
# after completion, cancel() of a queued future, shutdown(cancel_futures=True), submit after
# shutdown, wait(FIRST_EXCEPTION), thread_name_prefix and initializer errors (BrokenThreadPool).
import concurrent.futures as cf
import threading
import time

def square(x):
    if x == 4:
        raise ValueError(f'bad input {x}')
    return x * x

with cf.ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, [1, 2, 3])))
    it = ex.map(square, range(6))
    got = []
    try:
        for v in it:
            got.append(v)
    except ValueError as e:
        print('map stopped at', got, 'with', e)
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    print(list(ex.map(lambda a, b: a + b, 'abc', 'xyz')))

with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix='calc') as ex:
    futs = {ex.submit(square, n): n for n in range(7)}
    ok, bad = {}, {}
    for f in cf.as_completed(futs):
        n = futs[f]
        if f.exception() is not None:
            bad[n] = repr(f.exception())
        else:
            ok[n] = f.result()
    print(sorted(ok.items()), bad)
    names = set(ex.submit(lambda: threading.current_thread().name.rsplit('_', 1)[0]).result() for _ in range(4))
    print(names)

f = cf.Future()
print(f.done(), f.running(), f.cancelled())
seen = []
f.add_done_callback(lambda fut: seen.append(('cb1', fut.result())))
f.set_result(42)
f.add_done_callback(lambda fut: seen.append(('cb2', fut.result())))
print(seen, f.done())
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print('InvalidStateError', str(e).split(':')[0])
f2 = cf.Future()
print(f2.cancel(), f2.cancelled(), f2.cancel())
try:
    f2.result()
except cf.CancelledError as e:
    print('CancelledError', type(e).__module__, repr(e))
f3 = cf.Future()
try:
    f3.result(timeout=0.01)
except cf.TimeoutError as e:
    print('TimeoutError', cf.TimeoutError is TimeoutError)

gate = threading.Event()
ex = cf.ThreadPoolExecutor(max_workers=1)
blocker = ex.submit(gate.wait)
queued = [ex.submit(square, i) for i in range(3)]
print(queued[2].cancel(), queued[2].cancelled())
gate.set()
ex.shutdown(wait=True, cancel_futures=True)
print(blocker.result(), [q.cancelled() or q.result() for q in queued])
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print('RuntimeError', e)

with cf.ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(time.sleep, 0.2), ex.submit(square, 4)]
    done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print(len(done), [type(d.exception()).__name__ for d in done])

def init():
    raise OSError('no db')
ex = cf.ThreadPoolExecutor(1, initializer=init)
fut = ex.submit(square, 2)
try:
    fut.result()
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
ex.shutdown()
for bad in [lambda: cf.ThreadPoolExecutor(0), lambda: cf.ThreadPoolExecutor(initializer=5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(cf.FIRST_COMPLETED, cf.ALL_COMPLETED)
