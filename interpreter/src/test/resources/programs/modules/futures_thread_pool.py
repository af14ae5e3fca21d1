# concurrent.futures.ThreadPoolExecutor: submit/result, exception, map (in order, an exception at
# its place), the with-statement shutting down, submit after shutdown, the threads' names.
from concurrent.futures import ThreadPoolExecutor
import concurrent.futures as cf
import threading

def square(x):
    return x * x

def fail(x):
    raise ValueError(f"bad {x}")

with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(square, 7)
    print(f.result(), f.done(), f.exception(), f.cancelled(), f.running())
    g = ex.submit(fail, 3)
    print(type(g.exception()).__name__, g.exception())
    try:
        g.result()
    except ValueError as e:
        print("result raised:", e)
    print(list(ex.map(square, range(6))))
    print(list(ex.map(pow, [2, 3], [5, 2])))
    it = ex.map(lambda x: 10 // x, [5, 2, 0, 1])
    print(next(it), next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print("map raised:", e)
    names = set(ex.map(lambda _: threading.current_thread().name.rsplit("_", 1)[0], range(4)))
    print(sorted(n.split("-")[0] for n in names))
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(e)
print(threading.active_count())

ex = ThreadPoolExecutor(1, thread_name_prefix="pool")
print(ex.submit(lambda: threading.current_thread().name).result())
ex.shutdown()
ex.shutdown()
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print(e)
print(cf.TimeoutError is TimeoutError, issubclass(cf.CancelledError, cf._base.Error))
print(cf.Future.__module__, cf.ThreadPoolExecutor.__module__)
