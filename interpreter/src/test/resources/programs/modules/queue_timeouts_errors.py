# queue's four kinds at their edges: non-blocking and timed calls on empty and full queues,
# the argument checks (a negative timeout counts only where the call could wait), task
# accounting, and where the exceptions come from.
import queue
import threading


def attempt(label, call):
    try:
        print(label, "->", repr(call()))
    except Exception as e:
        print(label, "->", type(e).__module__, type(e).__name__, repr(str(e)))


for kind in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = kind(2)
    for item in (3, 1, 2):
        attempt(f"{kind.__name__}.put_nowait({item})", lambda: q.put_nowait(item))
    attempt("full/empty/qsize", lambda: (q.full(), q.empty(), q.qsize()))
    attempt("put timeout=0", lambda: q.put(9, timeout=0))
    attempt("put timeout=0.01", lambda: q.put(9, timeout=0.01))
    attempt("put timeout=-1", lambda: q.put(9, timeout=-1))
    attempt("put block=False timeout=-1", lambda: q.put(9, False, -1))
    attempt("get", q.get)
    attempt("get timeout=-1 (items present)", lambda: q.get(timeout=-1))
    attempt("get_nowait", q.get_nowait)
    attempt("get block=False", lambda: q.get(False))
    attempt("get timeout=0.01", lambda: q.get(timeout=0.01))
    attempt("unfinished", lambda: q.unfinished_tasks)
    for _ in range(3):
        attempt("task_done", q.task_done)
    q.join()

unbounded = queue.Queue(-5)
attempt("unbounded put timeout=-1", lambda: unbounded.put(1, timeout=-1))
attempt("unbounded full", unbounded.full)

sq = queue.SimpleQueue()
attempt("simple get_nowait", sq.get_nowait)
attempt("simple get timeout=-1", lambda: sq.get(timeout=-1))
attempt("simple get block=False timeout=-1", lambda: sq.get(False, -1))
sq.put(1)
sq.put(2, block=False, timeout=-3)
attempt("simple qsize/empty", lambda: (sq.qsize(), sq.empty()))
attempt("simple get", sq.get)
attempt("simple get", lambda: sq.get(timeout=0.01))
attempt("simple get timeout", lambda: sq.get(timeout=0.01))

print(queue.Queue[int], queue.SimpleQueue[str], queue.Empty.__module__, queue.Full.__module__)

# a timed get woken by a put from another thread; join() waits for every task_done
q = queue.Queue()
results = []


def consumer():
    while True:
        item = q.get(timeout=5)
        if item is None:
            q.task_done()
            return
        results.append(item * 10)
        q.task_done()


t = threading.Thread(target=consumer)
t.start()
for i in range(5):
    q.put(i)
q.put(None)
q.join()
t.join()
print(results, q.unfinished_tasks, q.empty())

# a bounded put blocked until a getter makes room
q = queue.Queue(1)
q.put("first")
getter = threading.Timer(0.01, lambda: print("got", q.get()))
getter.start()
q.put("second", timeout=5)
getter.join()
print("put second; left:", q.get())

# an uncaught Empty, as the interpreter prints it
queue.Queue().get_nowait()
