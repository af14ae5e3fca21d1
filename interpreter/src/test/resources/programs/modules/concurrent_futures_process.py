# concurrent.futures.ProcessPoolExecutor with two workers (processes started as calls come and
# kept): submit and result, map in order (also chunked), as_completed and wait over futures,
# an exception from a worker raised by result() with the worker's traceback as its __cause__
# (_RemoteTraceback), exception(), callbacks, the errors after shutdown and for bad arguments.
import concurrent.futures as cf
from concurrent.futures import ProcessPoolExecutor
import multiprocessing as mp


def cube(x):
    return x ** 3


def fail(x):
    raise ValueError(f'bad value {x}')


if __name__ == '__main__':
    mp.set_start_method('spawn')
    done = []
    with ProcessPoolExecutor(max_workers=2) as ex:
        f = ex.submit(cube, 3)
        f.add_done_callback(lambda fut: done.append(fut.result()))
        print(f.result(60))
        print(list(ex.map(cube, range(6))))
        print(list(ex.map(cube, range(7), chunksize=3)))
        fs = [ex.submit(cube, i) for i in range(5)]
        print(sorted(fut.result() for fut in cf.as_completed(fs, timeout=60)))
        finished, pending = cf.wait(fs, timeout=60)
        print(len(finished), len(pending))
        bad = ex.submit(fail, 7)
        try:
            bad.result(60)
        except ValueError as e:
            print('ValueError:', e, type(e.__cause__).__name__)
            print(str(e.__cause__).strip().splitlines()[-2])
        print(type(bad.exception()).__name__, bad.done(), bad.cancelled())
        try:
            list(ex.map(fail, [1, 2]))
        except ValueError as e:
            print('map raised:', e)
    print(done)
    try:
        ex.submit(cube, 1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    for bad_args in ({'max_workers': 0}, {'initializer': 5}, {'max_tasks_per_child': 0}):
        try:
            ProcessPoolExecutor(**bad_args)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ':', e)
