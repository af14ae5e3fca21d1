# A WeakSet iterated while members die: removals wait for the iteration to finish.
import weakref

class Job:
    def __init__(self, n):
        self.n = n

jobs = [Job(i) for i in range(6)]
ws = weakref.WeakSet(jobs)
seen = 0
for j in ws:
    seen += 1
    if seen == 1:
        keep = j
        jobs.clear()
        print("len while iterating:", len(ws))
del j
print("seen:", seen, "len after:", len(ws))
jobs = [keep] + [Job(i) for i in range(10, 13)]
ws.update(jobs)
del keep
print(sorted(j.n for j in ws if j.n >= 10), len(ws))
it = iter(ws)
first = next(it)
jobs.clear()
print("still iterating, len:", len(ws))
rest = list(it)
del first, rest, it
print("after the iterator is gone:", len(ws))
