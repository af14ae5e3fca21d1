# multiprocessing.Pool with two worker processes kept for every call: map (chunked), starmap,
# imap in order, imap_unordered (sorted here), apply and apply_async with callbacks, map_async,
# AsyncResult's ready/successful/get; a worker's exception raised again in the parent with the
# worker's traceback as its __cause__ (RemoteTraceback); an initializer; the pool's state errors;
# ThreadPool with the same calls.
import multiprocessing as mp
from multiprocessing.pool import ThreadPool
import os

STATE = {}


def init(tag):
    STATE['tag'] = tag


def square(x):
    return x * x


def power(base, exp):
    return base ** exp


def tagged(x):
    return (STATE.get('tag'), x)


def divide(x):
    return 10 // x


def worker_pid(_):
    return os.getpid()


if __name__ == '__main__':
    mp.set_start_method('spawn')
    with mp.Pool(2, initializer=init, initargs=('ready',)) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, []))
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
        print(list(pool.imap(square, range(5))))
        print(list(pool.imap(square, range(7), chunksize=3)))
        print(sorted(pool.imap_unordered(square, range(6))))
        print(pool.apply(power, (2, 10)))
        print(pool.apply(tagged, (1,)))
        seen = []
        r = pool.apply_async(square, (7,), callback=seen.append)
        print(r.get(60), r.ready(), r.successful())
        m = pool.map_async(square, [1, 2, 3])
        print(m.get(60), seen)
        errors = []
        bad = pool.apply_async(divide, (0,), error_callback=errors.append)
        bad.wait(60)
        print(bad.ready(), bad.successful(), [type(e).__name__ for e in errors])
        try:
            bad.get()
        except ZeroDivisionError as e:
            cause = e.__cause__
            print('ZeroDivisionError:', e, type(cause).__name__)
            lines = str(cause).strip().splitlines()
            print(lines[0], lines[-2])
        try:
            pool.map(divide, [1, 2, 0, 5])
        except ZeroDivisionError as e:
            print('map raised', type(e).__name__)
        print(len(set(pool.map(worker_pid, range(8), chunksize=1))) <= 2)
        print(repr(pool).split()[1:])
    print(repr(pool).split()[1:])
    try:
        pool.map(square, [1])
    except ValueError as e:
        print('ValueError:', e)

    pool = ThreadPool(1)
    try:
        pool.join()
    except ValueError as e:
        print('ValueError:', e)
    pool.close()
    pool.join()
    try:
        mp.Pool(0)
    except ValueError as e:
        print('ValueError:', e)

    with ThreadPool(3) as tp:
        print(tp.map(square, range(5)), sorted(tp.imap_unordered(square, range(4))))
        print(tp.apply(power, (3, 3)), tp.starmap(power, [(2, 2)]))
        try:
            tp.apply(divide, (0,))
        except ZeroDivisionError as e:
            print('ThreadPool raised', e, e.__cause__)
