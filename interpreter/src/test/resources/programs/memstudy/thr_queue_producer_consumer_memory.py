# A producer/consumer pair over queue.Queue: items freed as they are consumed, maxsize bounds memory.
import threading
import queue
import weakref

class Job:
    alive = 0
    def __init__(self, n):
        self.n = n
        Job.alive += 1
    def __del__(self):
        Job.alive -= 1

q = queue.Queue(maxsize=3)
peak = []
done = []

def producer():
    for i in range(20):
        q.put(Job(i))
    q.put(None)

def consumer():
    while True:
        job = q.get()
        if job is None:
            q.task_done()
            break
        peak.append(Job.alive)
        done.append(job.n)
        del job
        q.task_done()

tp = threading.Thread(target=producer)
tc = threading.Thread(target=consumer)
tp.start(); tc.start()
tp.join(); tc.join()
print("consumed", len(done), done == list(range(20)))
print("never more than maxsize+2 alive:", max(peak) <= 5)
print("alive at end", Job.alive)
print("queue empty", q.empty(), q.qsize(), q.unfinished_tasks)
