# queue: Queue between producer and consumer threads with task_done/join, maxsize and Full,
# Empty on get_nowait and timeouts, LifoQueue, PriorityQueue, SimpleQueue.
import queue
import threading

q = queue.Queue()
results = []


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * item)
        q.task_done()


t = threading.Thread(target=worker)
t.start()
for i in range(10):
    q.put(i)
q.put(None)
q.join()
t.join()
print(results, q.qsize(), q.empty(), q.unfinished_tasks)

bounded = queue.Queue(maxsize=2)
bounded.put('a')
bounded.put_nowait('b')
print(bounded.full(), bounded.qsize())
try:
    bounded.put_nowait('c')
except queue.Full as e:
    print('Full', repr(e), isinstance(e, Exception))
try:
    bounded.put('c', timeout=0.01)
except queue.Full:
    print('Full after timeout')
print(bounded.get(), bounded.get_nowait())
try:
    bounded.get_nowait()
except queue.Empty:
    print('Empty')
try:
    bounded.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
try:
    bounded.get(timeout=-1)
except ValueError as e:
    print('ValueError', e)
try:
    bounded.task_done()
    bounded.task_done()
    bounded.task_done()
except ValueError as e:
    print('ValueError', e)

lifo = queue.LifoQueue()
for x in 'abc':
    lifo.put(x)
print([lifo.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (0, 'z')]:
    pq.put(item)
print([pq.get() for _ in range(4)], pq.empty())
sq = queue.SimpleQueue()
sq.put(1)
sq.put(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print('SimpleQueue Empty')

# several producers, one consumer, blocking puts on a small queue
box = queue.Queue(maxsize=3)
total = []


def producer(n):
    for i in range(5):
        box.put(n * 100 + i)


threads = [threading.Thread(target=producer, args=(n,)) for n in range(3)]
for th in threads:
    th.start()
for _ in range(15):
    total.append(box.get())
for th in threads:
    th.join()
print(sorted(total), box.empty())
