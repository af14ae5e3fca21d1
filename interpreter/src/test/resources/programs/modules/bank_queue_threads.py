# Producer/consumer with queue.Queue and threads: sentinels, task_done/join, a Lock-protected tally, results gathered in order, a worker exception reported by threading.excepthook
import queue
import threading

jobs = queue.Queue(maxsize=3)
results = queue.PriorityQueue()
lock = threading.Lock()
tally = {"done": 0, "bytes": 0}

def producer(n):
    for i in range(n):
        jobs.put((i, "x" * (i * 3 % 7)))
    for _ in range(3):
        jobs.put(None)

def consumer(name):
    while True:
        item = jobs.get()
        try:
            if item is None:
                return
            i, payload = item
            with lock:
                tally["done"] += 1
                tally["bytes"] += len(payload)
            results.put((i, name, payload.upper()))
        finally:
            jobs.task_done()

workers = [threading.Thread(target=consumer, args=(f"w{i}",), name=f"worker-{i}") for i in range(3)]
for w in workers:
    w.start()
prod = threading.Thread(target=producer, args=(12,))
prod.start()
prod.join()
jobs.join()
for w in workers:
    w.join()
print("tally:", tally, "alive:", [w.is_alive() for w in workers])
out = []
while not results.empty():
    i, name, p = results.get_nowait()
    out.append((i, len(p)))
print(out)
try:
    results.get_nowait()
except queue.Empty:
    print("empty: queue.Empty")
q = queue.Queue(1)
q.put(1)
try:
    q.put(2, block=False)
except queue.Full:
    print("full: queue.Full", q.qsize(), q.full())
lifo = queue.LifoQueue()
for x in "abc":
    lifo.put(x)
print([lifo.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put(1); sq.put(2)
print(sq.get(), sq.qsize())
ev = threading.Event()
seen = []
def waiter():
    ev.wait()
    seen.append(threading.current_thread().name)
t = threading.Thread(target=waiter, name="waiter")
t.start()
ev.set()
t.join()
print(seen, ev.is_set())
cond = threading.Condition()
box = []
def take():
    with cond:
        cond.wait_for(lambda: box)
        seen.append(box.pop())
t = threading.Thread(target=take)
t.start()
with cond:
    box.append("item")
    cond.notify()
t.join()
print(seen)
def boom():
    raise RuntimeError("worker failed")
t = threading.Thread(target=boom, name="bad-worker")
t.start()
t.join()
caught = []
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=boom, name="hooked")
t.start()
t.join()
print(caught)
