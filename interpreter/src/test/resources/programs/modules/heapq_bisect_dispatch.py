# A dispatcher simulation: heapq as a priority queue with tie-breaking counters and lazy deletion, merge/nsmallest/nlargest, heapreplace/pushpop; bisect grade tables, insort keeping order, bisect with key.
import bisect
import heapq
import itertools
from dataclasses import dataclass, field

@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    removed: bool = field(default=False, compare=False)

class Dispatcher:
    def __init__(self):
        self.heap, self.index, self.counter = [], {}, itertools.count()
    def submit(self, name, priority):
        if name in self.index:
            self.cancel(name)
        job = Job(priority, next(self.counter), name)
        self.index[name] = job
        heapq.heappush(self.heap, job)
    def cancel(self, name):
        self.index.pop(name).removed = True
    def next(self):
        while self.heap:
            job = heapq.heappop(self.heap)
            if not job.removed:
                del self.index[job.name]
                return job
        raise KeyError("pop from an empty dispatcher")

d = Dispatcher()
for name, prio in (("backup", 5), ("email", 1), ("report", 3), ("cleanup", 5), ("alert", 0), ("index", 3)):
    d.submit(name, prio)
d.cancel("cleanup")
d.submit("report", 0)
order = []
while True:
    try:
        order.append(d.next().name)
    except KeyError as e:
        print("done:", e)
        break
print(order)

h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h); print(h)
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
print(heapq.nsmallest(3, [7, 1, 9, 4, 4, 2]), heapq.nlargest(2, ["pear", "fig", "banana"], key=len))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
events = [(30, "c"), (10, "a"), (20, "b")]
heapq.heapify(events)
print([heapq.heappop(events) for _ in range(3)])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush([1], "x")
except TypeError as e:
    print("TypeError:", e)

breakpoints, grades = [60, 70, 80, 90], "FDCBA"
print([grades[bisect.bisect(breakpoints, s)] for s in (33, 60, 69, 70, 89, 90, 100)])
rates = [(0, 0.0), (10000, 0.1), (40000, 0.2), (90000, 0.35)]
thresholds = [r[0] for r in rates]
for income in (5000, 10000, 55000, 250000):
    i = bisect.bisect_right(thresholds, income) - 1
    print(income, rates[i][1])
sorted_names = []
for n in ["mike", "alice", "zoe", "bob", "alice"]:
    bisect.insort(sorted_names, n)
print(sorted_names, bisect.bisect_left(sorted_names, "alice"), bisect.bisect_right(sorted_names, "alice"))
people = [("ann", 31), ("bob", 25), ("cid", 40)]
people.sort(key=lambda p: p[1])
print(bisect.bisect_left(people, 30, key=lambda p: p[1]))
bisect.insort(people, ("dee", 33), key=lambda p: p[1]); print(people)
print(bisect.bisect([1, 2, 3], 2, lo=0, hi=1), bisect.bisect_left([1, 2, 3], 5))
try:
    bisect.bisect([1, 2], 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)
Dispatcher().next()
