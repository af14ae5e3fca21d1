# threading's synchronization objects as a small simulation uses them: Barrier with an action
# and abort (BrokenBarrierError), Condition wait_for with a predicate and notify_all, Semaphore
# and BoundedSemaphore (over-release ValueError), Timer cancel, threading.local per thread,
# excepthook replaced for a failing thread, Event wait timeouts, reprs without addresses.
import threading

N = 3
order = []
lock = threading.Lock()
barrier = threading.Barrier(N, action=lambda: order.append('all arrived'))

def runner(i):
    with lock:
        order.append(f'r{i} waiting')
    idx = barrier.wait()
    with lock:
        order.append(('passed', idx in range(N)))

ts = [threading.Thread(target=runner, args=(i,)) for i in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(map(str, order)))
print(barrier.parties, barrier.n_waiting, barrier.broken)

b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print('broken', b2.broken, type(e).__mro__[1].__name__)
b2.reset()
print('after reset', b2.broken)
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError:
    print('aborted')

items = []
cond = threading.Condition()
def consumer(out):
    with cond:
        ok = cond.wait_for(lambda: len(items) >= 3, timeout=5)
        out.append((ok, list(items)))
out = []
cs = [threading.Thread(target=consumer, args=(out,)) for _ in range(2)]
for c in cs: c.start()
for x in 'abc':
    with cond:
        items.append(x)
        cond.notify_all()
for c in cs: c.join()
print(out)
with cond:
    print(cond.wait(timeout=0.01), cond.wait_for(lambda: False, timeout=0.01))
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError', e)

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
print(sem._value)
bs = threading.BoundedSemaphore(1)
bs.acquire(); bs.release()
try:
    bs.release()
except ValueError as e:
    print('ValueError', e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError', e)

fired = []
t = threading.Timer(0.01, fired.append, args=('fired',))
t.start(); t.join()
t2 = threading.Timer(10, fired.append, args=('never',))
t2.start(); t2.cancel(); t2.join()
print(fired, t2.finished.is_set())

data = threading.local()
data.name = 'main'
seen = []
def show(n):
    seen.append(hasattr(data, 'name'))
    data.name = n
    seen.append(data.name)
th = threading.Thread(target=show, args=('t1',)); th.start(); th.join()
print(seen, data.name)
class Counter(threading.local):
    def __init__(self, start):
        self.value = start
c = Counter(10)
res = []
th = threading.Thread(target=lambda: res.append(c.value)); th.start(); th.join()
print(res, c.value)

caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
old = threading.excepthook
threading.excepthook = hook
th = threading.Thread(target=lambda: 1 / 0, name='divider'); th.start(); th.join()
threading.excepthook = old
print(caught, threading.__excepthook__ is old)

ev = threading.Event()
print(ev.wait(0.01), ev.is_set())
ev.set()
print(ev.wait(), ev.is_set())
r = threading.RLock()
with r:
    with r:
        print('rlock reentered', r._is_owned())
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
