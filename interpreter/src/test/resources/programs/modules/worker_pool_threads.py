# Producer/consumer with queue.Queue and threading, then the same work on a
# concurrent.futures.ThreadPoolExecutor: task_done/join, sentinel shutdown, a PriorityQueue,
# Lock-protected totals, map order, as_completed collected and sorted, exceptions from futures,
# and an uncaught exception in a thread reported on stderr.
import concurrent.futures as cf, queue, threading

def checksum(n):
    return sum(i * i for i in range(n)) % 9973

jobs = queue.Queue(maxsize=4)
results = {}
lock = threading.Lock()
STOP = object()

def worker(wid):
    while True:
        n = jobs.get()
        try:
            if n is STOP:
                return
            with lock:
                results[n] = checksum(n)
        finally:
            jobs.task_done()

threads = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in range(3)]
for t in threads:
    t.start()
for n in range(100, 1100, 100):
    jobs.put(n)
jobs.join()
for _ in threads:
    jobs.put(STOP)
for t in threads:
    t.join()
print(sorted(results.items()), [t.is_alive() for t in threads], jobs.empty(), jobs.qsize())

pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    pq.put(item)
print([pq.get_nowait() for _ in range(pq.qsize())])
try:
    pq.get_nowait()
except queue.Empty:
    print("Empty raised")
lifo = queue.LifoQueue()
for i in range(3):
    lifo.put(i)
print([lifo.get() for _ in range(3)])
full = queue.Queue(1); full.put(1)
try:
    full.put(2, timeout=0.01)
except queue.Full:
    print("Full raised")

with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as ex:
    print(list(ex.map(checksum, [10, 20, 30, 40])))
    futs = {ex.submit(checksum, n): n for n in (500, 50, 5)}
    done = sorted((futs[f], f.result()) for f in cf.as_completed(futs))
    print(done)
    bad = ex.submit(lambda: 1 / 0)
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("future raised:", e, bad.done(), type(bad.exception()).__name__)
    f = ex.submit(pow, 2, 10)
    f.add_done_callback(lambda fut: print("callback got", fut.result()))
    cf.wait([f])
    print(f.result(), f.cancelled(), f.running())
try:
    ex.submit(print, "late")
except RuntimeError as e:
    print("RuntimeError:", e)

counter = 0
def bump(k):
    global counter
    for _ in range(k):
        with lock:
            counter += 1
ts = [threading.Thread(target=bump, args=(1000,)) for _ in range(4)]
[t.start() for t in ts]; [t.join() for t in ts]
print("counter", counter)
ev = threading.Event()
out = []
t = threading.Thread(target=lambda: (ev.wait(), out.append("woke")))
t.start(); ev.set(); t.join()
print(out, threading.current_thread().name, threading.main_thread() is threading.current_thread())

def broken():
    raise ValueError("worker crashed")
t = threading.Thread(target=broken, name="crasher")
t.start(); t.join()
print("main continues")
