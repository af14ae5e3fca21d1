# queue + threading producer/consumer: several producers, a bounded Queue, sentinels, task_done/join, a Lock-protected tally, Condition, Event, Semaphore, Barrier, and an exception in a thread reported by threading.excepthook.
import queue
import threading

jobs = queue.Queue(maxsize=3)
results = queue.Queue()
tally_lock = threading.Lock()
tally = {"processed": 0}

def producer(pid, n):
    for i in range(n):
        jobs.put((pid, i))

def consumer():
    while True:
        item = jobs.get()
        try:
            if item is None:
                return
            pid, i = item
            results.put((pid, i, (pid * 100 + i) ** 2))
            with tally_lock:
                tally["processed"] += 1
        finally:
            jobs.task_done()

consumers = [threading.Thread(target=consumer, name=f"consumer-{k}") for k in range(3)]
producers = [threading.Thread(target=producer, args=(p, 5)) for p in range(4)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
jobs.join()
for _ in consumers:
    jobs.put(None)
for t in consumers:
    t.join()
collected = sorted(results.get() for _ in range(results.qsize()))
print(len(collected), collected[:3], tally, jobs.empty(), results.qsize())

try:
    jobs.get_nowait()
except queue.Empty:
    print("Empty")
small = queue.Queue(1); small.put(1)
try:
    small.put(2, timeout=0.01)
except queue.Full:
    print("Full")
lifo, prio = queue.LifoQueue(), queue.PriorityQueue()
for x in (3, 1, 2):
    lifo.put(x); prio.put((x, f"job{x}"))
print([lifo.get() for _ in range(3)], [prio.get()[1] for _ in range(3)])
sq = queue.SimpleQueue(); sq.put("a"); print(sq.get(), sq.empty())

cond = threading.Condition()
stock = []
def buyer(out):
    with cond:
        cond.wait_for(lambda: len(stock) >= 2)
        out.append(stock.pop())
bought = []
b = threading.Thread(target=buyer, args=(bought,)); b.start()
with cond:
    stock.extend(["x", "y"]); cond.notify_all()
b.join(); print("bought", bought, "left", stock)

ready = threading.Event()
seen = []
def waiter():
    seen.append(ready.wait(5))
w = threading.Thread(target=waiter); w.start(); ready.set(); w.join()
print("event", seen, ready.is_set(), threading.Event().wait(0.01))

sem = threading.BoundedSemaphore(2)
active, peak = [0], [0]
plock = threading.Lock()
barrier = threading.Barrier(4)
def worker():
    barrier.wait()
    with sem:
        with plock:
            active[0] += 1; peak[0] = max(peak[0], active[0])
        with plock:
            active[0] -= 1
ws = [threading.Thread(target=worker) for _ in range(4)]
for t in ws: t.start()
for t in ws: t.join()
print("peak <= 2:", peak[0] <= 2, "barrier broken:", barrier.broken)
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
def boom():
    raise RuntimeError("worker exploded")
t = threading.Thread(target=boom, name="bad-worker"); t.start(); t.join()
print("main continues", threading.current_thread().name, threading.active_count())
local = threading.local(); local.x = 1
def check(): print("local in thread has x:", hasattr(local, "x"))
t = threading.Thread(target=check); t.start(); t.join()
