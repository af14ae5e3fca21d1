# Shared state between processes: Value and Array in shared memory (a child's writes read by the
# parent; += under get_lock() from two children loses no update), RawValue/RawArray, the
# Synchronized wrappers' reprs, char arrays' value/raw; Lock, RLock, Semaphore, Event, Condition
# and Barrier used across processes (two children); the locks' reprs and errors in one process.
import multiprocessing as mp


def add(counter, arr, lock_free, n, extra):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] = arr[i] * 2
    lock_free.value = 7
    if extra:
        text, numbers, cond, ready, box, barrier, sem = extra
        text.value = b'from child'
        numbers[:] = [x + 0.5 for x in range(len(numbers))]
        waiter(cond, ready, box, barrier, sem)


def waiter(cond, ready, box, barrier, sem):
    with sem:
        pass
    with cond:
        cond.wait_for(lambda: box.value > 0)
        box.value += 100
    ready.set()
    barrier.wait()


if __name__ == '__main__':
    mp.set_start_method('spawn')
    counter = mp.Value('i', 0)
    arr = mp.Array('i', [1, 2, 3])
    lock_free = mp.Value('d', 1.5, lock=False)
    print(counter, lock_free, counter.value, arr[:], len(arr))
    text = mp.Array('c', 16)
    numbers = mp.RawArray('d', 3)
    cond = mp.Condition()
    ready = mp.Event()
    box = mp.Value('i', 0)
    barrier = mp.Barrier(2)
    sem = mp.Semaphore(1)
    extra = (text, numbers, cond, ready, box, barrier, sem)
    workers = [mp.Process(target=add, args=(counter, arr, lock_free, 5, extra if i == 0 else None))
               for i in range(2)]
    for w in workers:
        w.start()
    with cond:
        box.value = 1
        cond.notify_all()
    print(ready.wait(60), box.value)
    print(barrier.wait() in (0, 1))
    for w in workers:
        w.join()
    print(counter.value, arr[:], lock_free.value, list(arr), sum(arr))
    print(text.value, text.raw[:12], numbers[:], numbers[1])
    print([w.exitcode for w in workers], barrier.n_waiting, barrier.broken, barrier.parties)
    raw = mp.RawValue('l', -5)
    raw.value -= 1
    print(raw, raw.value)

    lock = mp.Lock()
    print(lock)
    with lock:
        print(lock, lock.acquire(False), lock.acquire(timeout=0.01))
    print(lock)
    try:
        lock.release()
    except ValueError as e:
        print('ValueError:', e)
    rlock = mp.RLock()
    print(rlock)
    with rlock:
        with rlock:
            print(rlock)
    try:
        rlock.release()
    except AssertionError as e:
        print('AssertionError:', e)
    s = mp.BoundedSemaphore(2)
    s.acquire()
    print(s, s.get_value())
    s.release()
    try:
        s.release()
    except ValueError as e:
        print('ValueError:', e)
    print(mp.Semaphore(3))
    ev = mp.Event()
    print(ev.is_set(), ev.wait(0.01))
    ev.set()
    print(ev.is_set(), ev.wait())
