# multiprocessing.Process under "spawn" (the start method a JVM has, set here so that CPython
# spawns too): a child runs a function of the main module imported as __mp_main__ (the
# __main__ guard keeps the start from running again), sees its own name and its parent's,
# and ends with an exit code: sys.exit's, 1 after an uncaught exception (the traceback on
# stderr under "Process NAME:"), -15 when terminated; start/join/close errors; daemon flags;
# the start methods. Three children, started together.
import multiprocessing as mp
import os
import sys
import time

MODULE_NAME = __name__


def report(q, tag):
    me = mp.current_process()
    q.put((tag, me.name, mp.parent_process().name, MODULE_NAME, me.pid == os.getpid(), me.daemon))
    sys.exit(3)


def fail(message):
    raise RuntimeError(message)


def wait_forever(started):
    started.set()
    while True:
        time.sleep(0.05)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    print(mp.get_start_method(), 'spawn' in mp.get_all_start_methods())
    print(mp.current_process().name, mp.parent_process())
    q = mp.Queue()
    started = mp.Event()
    p1 = mp.Process(target=report, args=(q, 'first'), name='reporter', daemon=True)
    p2 = mp.Process(target=fail, args=('from the child',))
    p3 = mp.Process(target=wait_forever, args=(started,))
    print(p1.name, p2.name, p3.name, p1.daemon, p2.daemon, p1.exitcode, p1.is_alive())
    for p in (p1, p2, p3):
        p.start()
    print(q.get())
    p1.join()
    p2.join()
    print(p1.exitcode, p2.exitcode, p1.is_alive())
    try:
        p1.start()
    except AssertionError as e:
        print('AssertionError:', e)
    try:
        mp.Process(target=report).join()
    except AssertionError as e:
        print('AssertionError:', e)
    try:
        p1.daemon = False
    except AssertionError as e:
        print('AssertionError:', e)

    print(started.wait(60), p3.is_alive(), mp.active_children() == [p3])
    p3.terminate()
    p3.join()
    print(p3.exitcode, p3.is_alive(), mp.active_children())
    p3.close()
    try:
        p3.is_alive()
    except ValueError as e:
        print('ValueError:', e)
    print(mp.cpu_count() == os.cpu_count())
