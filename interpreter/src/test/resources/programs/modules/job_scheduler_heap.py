# A job scheduler on heapq: priorities with tie-breaking counters, lazy deletion, heapreplace,
# heappushpop, nsmallest/nlargest with keys, merge of sorted streams; a bisect-based rate table
# and grade lookup with insort and key functions.
import bisect, heapq, itertools
from dataclasses import dataclass, field

@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    cost: int = field(compare=False, default=1)

class Scheduler:
    REMOVED = "<removed>"
    def __init__(self):
        self.heap, self.index, self.counter = [], {}, itertools.count()
    def add(self, name, priority, cost=1):
        if name in self.index:
            self.cancel(name)
        job = Job(priority, next(self.counter), name, cost)
        self.index[name] = job
        heapq.heappush(self.heap, job)
    def cancel(self, name):
        job = self.index.pop(name)
        job.name = self.REMOVED
    def pop(self):
        while self.heap:
            job = heapq.heappop(self.heap)
            if job.name != self.REMOVED:
                del self.index[job.name]
                return job
        raise KeyError("pop from an empty scheduler")

s = Scheduler()
for name, pr, cost in [("backup", 3, 5), ("email", 1, 1), ("report", 2, 3), ("index", 2, 2), ("cleanup", 5, 1)]:
    s.add(name, pr, cost)
s.add("report", 0, 3)
s.cancel("cleanup")
clock = 0
while True:
    try:
        j = s.pop()
    except KeyError as e:
        print("done:", e)
        break
    clock += j.cost
    print(f"t={clock:>2} ran {j.name:<7} (priority {j.priority}, seq {j.seq})")

data = [5, 1, 8, 3, 9, 2, 7]
h = data[:]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
print(heapq.nsmallest(3, data), heapq.nlargest(2, data), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])), list(heapq.merge(["c", "a"], ["b"], key=str.upper, reverse=True)))
tasks = [(2, "write"), (1, "read"), (2, "alpha")]
heapq.heapify(tasks)
print([heapq.heappop(tasks) for _ in range(3)])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush([1], "x")
except TypeError as e:
    print("TypeError:", e)

BRACKETS = [0, 11000, 44725, 95375, 182100]
RATES = [0.10, 0.12, 0.22, 0.24, 0.32]
def tax(income):
    owed = 0.0
    for i, lo in enumerate(BRACKETS):
        hi = BRACKETS[i + 1] if i + 1 < len(BRACKETS) else float("inf")
        if income > lo:
            owed += (min(income, hi) - lo) * RATES[i]
    return round(owed, 2)
for inc in (0, 11000, 50000, 200000):
    print(inc, RATES[bisect.bisect_right(BRACKETS, inc) - 1], tax(inc))

def grade(score, breaks=(60, 70, 80, 90), letters="FDCBA"):
    return letters[bisect.bisect(breaks, score)]
print([grade(s) for s in (33, 60, 77, 89, 90, 100)])
scores = []
for s in (70, 50, 90, 70, 60):
    bisect.insort(scores, s)
print(scores, bisect.bisect_left(scores, 70), bisect.bisect_right(scores, 70), bisect.bisect(scores, 70, lo=4))
people = sorted([("ann", 31), ("bob", 25), ("cy", 40)], key=lambda p: p[1])
bisect.insort(people, ("dee", 33), key=lambda p: p[1])
print(people, bisect.bisect_left(people, 33, key=lambda p: p[1]))
try:
    bisect.bisect([1, 2], 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)
