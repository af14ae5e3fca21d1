# queue.Queue, LifoQueue, PriorityQueue and SimpleQueue with worker threads: task_done/join,
# maxsize blocking put with timeout (Full), get_nowait on empty (Empty), qsize/empty/full,
# priority entries as tuples and dataclass(order=True) items, sentinel shutdown, and the
# "task_done() called too many times" error. Results are sorted, so thread timing does not show.
import queue
import threading
from dataclasses import dataclass, field

q = queue.Queue()
results = []
lock = threading.Lock()

def worker(n):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            results.append((item, item * item))
        q.task_done()

threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for i in range(10):
    q.put(i)
q.join()
for _ in threads:
    q.put(None)
for t in threads:
    t.join()
print(sorted(results))
print(q.qsize(), q.empty(), q.full())

lq = queue.LifoQueue()
for x in 'abcde':
    lq.put(x)
print(''.join(lq.get() for _ in range(5)))

pq = queue.PriorityQueue()
for item in [(3, 'low'), (1, 'urgent'), (2, 'normal'), (1, 'also urgent')]:
    pq.put(item)
print([pq.get() for _ in range(4)])

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)

pq = queue.PriorityQueue()
for j in [Job(5, 'e'), Job(1, 'a'), Job(3, 'c')]:
    pq.put(j)
print([pq.get_nowait() for _ in range(3)])

bq = queue.Queue(maxsize=2)
bq.put(1); bq.put(2)
print(bq.full(), bq.qsize())
try:
    bq.put(3, timeout=0.05)
except queue.Full:
    print('Full after timeout')
try:
    bq.put_nowait(3)
except queue.Full as e:
    print('Full', repr(e))
print(bq.get(), bq.get())
try:
    bq.get(block=False)
except queue.Empty as e:
    print('Empty', repr(e))
try:
    bq.get(timeout=-1)
except ValueError as e:
    print('ValueError', e)
try:
    bq.task_done(); bq.task_done(); bq.task_done()
except ValueError as e:
    print('ValueError', e)

sq = queue.SimpleQueue()
def producer():
    for i in range(5):
        sq.put(i * 10)
t = threading.Thread(target=producer)
t.start(); t.join()
print(sq.qsize(), [sq.get() for _ in range(5)], sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('SimpleQueue Empty')
print(type(sq).__module__, type(sq).__name__, queue.Empty is __import__('_queue').Empty)
# a consumer handing back through a second queue
inbox, outbox = queue.Queue(), queue.Queue()
def upper():
    for word in iter(inbox.get, 'STOP'):
        outbox.put(word.upper())
t = threading.Thread(target=upper)
t.start()
for w in ['alpha', 'beta', 'gamma', 'STOP']:
    inbox.put(w)
t.join()
print([outbox.get() for _ in range(outbox.qsize())])
