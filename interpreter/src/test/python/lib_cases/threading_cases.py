# threading: threads, names, joins, the primitives, excepthook output, shutdown.
import sys
import threading
import time
from casekit import case, run_cases, noaddr


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(repr(r))
        return r
    except Exception as e:
        print(type(e).__name__, noaddr(str(e)))


def show(thread):
    text = repr(thread)
    if thread.ident is not None:
        text = text.replace(str(thread.ident), 'IDENT')
    return text


def work(n, out):
    out.append(sum(range(n)))


@case
def names_and_states():
    out = []
    t1 = threading.Thread(target=work, args=(10, out))
    t2 = threading.Thread(target=work, args=(100, out), name='worker')
    t3 = threading.Thread(target=work, kwargs={'n': 5, 'out': out}, daemon=True)
    t4 = threading.Thread()
    t5 = threading.Thread(target=print)
    t6 = threading.Thread(name=42)
    print([t.name for t in (t1, t2, t3, t4, t5, t6)], [t.daemon for t in (t1, t3)], t1.ident, t1.is_alive())
    print(show(t1), show(t3))
    for t in (t1, t2, t3):
        t.start()
        t.join()
    print(sorted(out), [t.is_alive() for t in (t1, t2, t3)], show(t1), show(t3), type(t1.ident).__name__)
    print(t1.ident != t2.ident or t1.ident == t2.ident, isinstance(t1.native_id, int))
    attempt(t1.start)
    attempt(t4.join)
    attempt(threading.current_thread().join)
    attempt(setattr, t1, 'daemon', True)
    t4.daemon = True
    t4.name = 'renamed'
    print(t4.daemon, t4.name, show(t4), hasattr(t1, '_target'))

    class Custom(threading.Thread):
        def run(self):
            self.result = threading.current_thread() is self

    c = Custom()
    c.start()
    c.join()
    print(c.name, c.result, show(c))
    print(threading.main_thread().name, threading.current_thread() is threading.main_thread(),
          show(threading.main_thread()), threading.get_ident() == threading.main_thread().ident)


@case
def thread_sees_itself():
    seen = []

    def report():
        me = threading.current_thread()
        seen.append((me.name, me.daemon, me is threading.main_thread(), threading.get_ident() == me.ident,
                     threading.active_count()))
        inner = threading.Thread(target=lambda: seen.append(threading.current_thread().daemon))
        inner.start()
        inner.join()

    t = threading.Thread(target=report, name='reporter', daemon=True)
    t.start()
    t.join()
    print(seen)


@case
def counts_and_enumerate():
    go = threading.Event()
    started = threading.Barrier(4)

    def hold():
        started.wait()
        go.wait()

    threads = [threading.Thread(target=hold, name='h%d' % i) for i in range(3)]
    print(threading.active_count(), [t.name for t in threading.enumerate()])
    for t in threads:
        t.start()
    started.wait()
    print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
    go.set()
    for t in threads:
        t.join()
    print(threading.active_count(), [t.name for t in threading.enumerate()])


@case
def locks():
    counter = [0]
    lock = threading.Lock()

    def add(n):
        for _ in range(n):
            with lock:
                counter[0] += 1

    threads = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(counter, lock.locked(), lock.acquire(), lock.locked(), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
    lock.release()
    attempt(lock.release)
    rl = threading.RLock()
    with rl:
        with rl:
            print(noaddr(repr(rl)).replace(str(threading.get_ident()), 'IDENT'), rl._is_owned())
    print(noaddr(repr(rl)), rl.acquire(), rl.acquire(False), rl._recursion_count())
    rl.release()
    rl.release()
    attempt(rl.release)
    other = []
    rl.acquire()
    t = threading.Thread(target=lambda: other.append((rl.acquire(False), rl.acquire(timeout=0.01))))
    t.start()
    t.join()
    rl.release()
    print(other, threading.Lock is threading.Lock, type(threading.Lock()).__name__, threading.ThreadError is RuntimeError)
    py = threading._PyRLock()
    with py:
        print(noaddr(repr(py)).replace(str(threading.get_ident()), 'IDENT'))
    attempt(py.release)
    print(noaddr(repr(py)))


@case
def conditions():
    cond = threading.Condition()
    order = []
    ready = []

    def waiter(i):
        with cond:
            ready.append(i)
            cond.wait()
            order.append(i)

    threads = []
    for i in range(4):
        t = threading.Thread(target=waiter, args=(i,))
        t.start()
        threads.append(t)
        while True:
            with cond:
                if len(ready) == i + 1:
                    break
            time.sleep(0.001)
    with cond:
        print(len(cond._waiters), noaddr(repr(cond))[:30])
        cond.notify()
    threads[0].join()
    with cond:
        cond.notify(2)
    threads[1].join()
    threads[2].join()
    with cond:
        cond.notify_all()
    threads[3].join()
    # the first waiter woke first and the last last; the two woken together in either order
    print(order[0], sorted(order[1:3]), order[3])
    attempt(cond.wait)
    attempt(cond.notify)
    with cond:
        print(cond.wait(0), cond.wait(0.01), cond.wait_for(lambda: 5, 0.01), cond.wait_for(lambda: 0, 0.01))
    c2 = threading.Condition(threading.Lock())
    with c2:
        print(c2._is_owned(), c2.wait(0))
    print(c2._is_owned())
    with c2:
        c2.notifyAll()


@case
def semaphores():
    s = threading.Semaphore(2)
    print(noaddr(repr(s)), s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01), noaddr(repr(s)))
    s.release(2)
    print(s._value)
    attempt(s.release, 0)
    attempt(threading.Semaphore, -1)
    attempt(s.acquire, False, 1)
    b = threading.BoundedSemaphore(1)
    print(noaddr(repr(b)), b.acquire())
    b.release()
    attempt(b.release)
    with b:
        print(noaddr(repr(b)))
    got = []

    def taker():
        got.append(s.acquire(timeout=5))

    s2 = threading.Semaphore(0)
    s = s2
    t = threading.Thread(target=taker)
    t.start()
    s2.release()
    t.join()
    print(got)


@case
def events_and_timers():
    e = threading.Event()
    print(noaddr(repr(e)), e.is_set(), e.wait(0), e.wait(0.01))
    e.set()
    print(noaddr(repr(e)), e.is_set(), e.wait(), e.isSet())
    e.clear()
    log = []
    t = threading.Thread(target=lambda: log.append(e.wait(5)))
    t.start()
    e.set()
    t.join()
    print(log)
    fired = []
    tm = threading.Timer(0.01, fired.append, args=['fired'])
    tm.start()
    tm.join()
    tm2 = threading.Timer(10, fired.append, args=['never'])
    tm2.start()
    tm2.cancel()
    tm2.join()
    print(fired, tm.name.startswith('Thread-'), tm2.finished.is_set(), tm.kwargs)


@case
def barriers():
    results = []
    b = threading.Barrier(3, action=lambda: results.append('action'))
    print(noaddr(repr(b)), b.parties, b.n_waiting, b.broken)

    def party():
        results.append(b.wait())

    threads = [threading.Thread(target=party) for _ in range(2)]
    for t in threads:
        t.start()
    while b.n_waiting < 2:
        time.sleep(0.001)
    print(noaddr(repr(b)))
    results.append(b.wait())
    for t in threads:
        t.join()
    print(sorted(map(str, results)), b.n_waiting)
    b2 = threading.Barrier(2, timeout=0.01)
    attempt(b2.wait)
    print(b2.broken, noaddr(repr(b2)))
    b2.reset()
    print(b2.broken)
    b2.abort()
    attempt(b2.wait)
    b3 = threading.Barrier(1, action=lambda: 1 / 0)
    attempt(b3.wait)
    print(b3.broken, issubclass(threading.BrokenBarrierError, RuntimeError))
    b4 = threading.Barrier(1)
    print(b4.wait(), b4.wait())


@case
def exceptions_in_threads():
    def boom():
        raise ValueError('boom in a thread')

    t = threading.Thread(target=boom, name='failing')
    t.start()
    t.join()
    t = threading.Thread(target=lambda: sys.exit(3))
    t.start()
    t.join()
    seen = []
    saved = threading.excepthook
    threading.excepthook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
    t = threading.Thread(target=boom)
    t.start()
    t.join()
    threading.excepthook = lambda args: 1 / 0
    t = threading.Thread(target=boom, name='hook fails')
    t.start()
    t.join()
    threading.excepthook = saved
    print(seen, threading.__excepthook__ is saved, threading.ExceptHookArgs.__name__)


@case
def locals_and_misc():
    data = threading.local()
    data.x = 'main'
    seen = []

    def worker():
        seen.append(hasattr(data, 'x'))
        data.x = 'worker'
        seen.append(data.x)

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    print(seen, data.x, type(data).__name__)
    print(threading.TIMEOUT_MAX > 1e6, threading.stack_size(), callable(threading.get_native_id))
    print(sorted(threading.__all__))
    print(threading.currentThread().name, threading.activeCount())
    t = threading.Thread()
    print(t.getName() == t.name, t.isDaemon())
    t.setName('set by setName')
    t.setDaemon(True)
    print(t.name, t.daemon)
    attempt(threading.Thread, group=1)
    threading.settrace(None)
    threading.setprofile(None)
    print(threading.gettrace(), threading.getprofile())
    attempt(threading._register_atexit, print, 'threading atexit ran')


@case
def shutdown_waits_for_threads():
    gate = threading.Event()

    def late():
        gate.wait()
        time.sleep(0.05)
        print('late non-daemon thread finished')

    def forever():
        threading.Event().wait()

    threading.Thread(target=late).start()
    threading.Thread(target=forever, daemon=True).start()
    gate.set()
    print('main program ends')


run_cases()
