# queue: Queue (FIFO), LifoQueue, PriorityQueue, SimpleQueue; maxsize with Full, Empty on get,
# timeouts, task_done/join with worker threads, qsize/empty/full.
import queue
import threading

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for x in (3, 1, 2):
        q.put(x)
    print(cls.__name__, [q.get() for _ in range(3)], q.empty(), q.qsize())

q = queue.Queue(maxsize=2)
q.put("a"); q.put_nowait("b")
print(q.full(), q.qsize())
for attempt in (lambda: q.put("c", block=False), lambda: q.put("c", timeout=0.01), lambda: q.put_nowait("c")):
    try:
        attempt()
    except queue.Full:
        print("Full")
print(q.get(), q.get_nowait())
for attempt in (lambda: q.get(block=False), lambda: q.get(timeout=0.01), q.get_nowait):
    try:
        attempt()
    except queue.Empty:
        print("Empty")
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
try:
    q.task_done()
except ValueError as e:
    print(e)

work = queue.Queue()
results = []
lock = threading.Lock()
def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        with lock:
            results.append(item * 2)
        work.task_done()
ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for i in range(10):
    work.put(i)
work.join()
print(sorted(results), work.unfinished_tasks)
for _ in ts:
    work.put(None)
for t in ts:
    t.join()
print(work.unfinished_tasks, work.empty())

pq = queue.PriorityQueue()
for item in [(2, "two"), (1, "one"), (3, "three")]:
    pq.put(item)
print([pq.get()[1] for _ in range(3)])

sq = queue.SimpleQueue()
sq.put(1); sq.put_nowait(2)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get(block=False)
except queue.Empty as e:
    print("Empty", type(e).__module__)
print(issubclass(queue.Full, Exception), hasattr(sq, "task_done"))
got = []
def consumer():
    got.append(sq.get())
t = threading.Thread(target=consumer)
t.start()
sq.put("hello")
t.join()
print(got)
