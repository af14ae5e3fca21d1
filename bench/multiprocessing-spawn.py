"""How long a multiprocessing child takes to start under "spawn" (a new JVM for pyheap) and what
its calls cost: the parent's import, start(), the child's first put reaching the parent, join, and
20 increments of a shared Value under a shared Lock. Figures on stderr.

    PYHEAP_NO_BUILD=1 PYHEAP_AOT=off ./pyheap run bench/multiprocessing-spawn.py
    python3 bench/multiprocessing-spawn.py
"""
import sys
import time

t0 = time.time()
import multiprocessing as mp
t1 = time.time()


def work(q, started):
    q.put(time.time() - started)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    q = mp.Queue()
    p = mp.Process(target=work, args=(q, time.time()))
    p.start()
    t2 = time.time()
    reached = q.get()
    t3 = time.time()
    p.join()
    t4 = time.time()
    v = mp.Value('i', 0)
    lock = mp.Lock()
    t5 = time.time()
    for _ in range(20):
        with lock:
            v.value += 1
    t6 = time.time()
    print(f"import {t1 - t0:.2f} s, start {t2 - t1:.2f} s, child's put reached after {reached:.2f} s, "
          f"join {t4 - t3:.2f} s, 20 locked increments {t6 - t5:.2f} s", file=sys.stderr)
