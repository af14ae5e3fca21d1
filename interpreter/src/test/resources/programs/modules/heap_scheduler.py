# A priority task scheduler with heapq: ties by insertion order, cancellation, aging, and nlargest.
import heapq
import itertools
from dataclasses import dataclass, field

@dataclass(order=True)
class Entry:
    priority: int
    seq: int
    name: str = field(compare=False)
    cancelled: bool = field(default=False, compare=False)

class Scheduler:
    def __init__(self):
        self.heap = []
        self.counter = itertools.count()
        self.index = {}
    def add(self, name, priority):
        if name in self.index:
            self.cancel(name)
        e = Entry(priority, next(self.counter), name)
        self.index[name] = e
        heapq.heappush(self.heap, e)
    def cancel(self, name):
        self.index.pop(name).cancelled = True
    def pop(self):
        while self.heap:
            e = heapq.heappop(self.heap)
            if not e.cancelled:
                del self.index[e.name]
                return e.name, e.priority
        raise KeyError("pop from an empty scheduler")
    def __len__(self):
        return len(self.index)

s = Scheduler()
for name, p in [("backup", 5), ("email", 2), ("deploy", 1), ("lint", 3), ("test", 3), ("coffee", 0)]:
    s.add(name, p)
s.cancel("coffee")
s.add("lint", 1)
print(len(s), len(s.heap))
order = []
while len(s):
    order.append(s.pop())
print(order)
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
nums = [15, 3, 99, 42, 7, 42, 0, -8, 23]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=lambda w: w[-1]))
h = []
for x in nums:
    heapq.heappush(h, -x)
print([-heapq.heappop(h) for _ in range(4)], len(h))
print(heapq.heappushpop([1, 5, 9], 3), heapq.heapreplace([1, 5, 9], 3))
merged = list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11]))
print(merged)
print(list(heapq.merge(["a", "cc", "eee"], ["bb", "dddd"], key=len)))
h = [5, 1, 4, 2, 3]
heapq.heapify(h)
print(h, h[0])
