# bisect and heapq as courses teach them: grade boundaries, a sorted-list multiset with insort/remove, running median with two heaps, k-way merge of sorted logs, top-N with ties
import bisect, heapq
from itertools import count

def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100, 59.9)])

class SortedBag:
    def __init__(self, items=()):
        self._items = sorted(items)
    def add(self, x):
        bisect.insort(self._items, x)
    def remove(self, x):
        i = bisect.bisect_left(self._items, x)
        if i == len(self._items) or self._items[i] != x:
            raise KeyError(x)
        del self._items[i]
    def count_range(self, lo, hi):
        return bisect.bisect_right(self._items, hi) - bisect.bisect_left(self._items, lo)
    def __repr__(self):
        return f"SortedBag({self._items})"
bag = SortedBag([5, 1, 4, 1])
bag.add(3); bag.add(1)
print(bag, bag.count_range(1, 3), bag.count_range(6, 9))
bag.remove(1)
try:
    bag.remove(2)
except KeyError as e:
    print("missing", e)
print(bag)

def running_median(stream):
    lo, hi = [], []
    for x in stream:
        if lo and x > -lo[0]:
            heapq.heappush(hi, x)
        else:
            heapq.heappush(lo, -x)
        if len(lo) > len(hi) + 1:
            heapq.heappush(hi, -heapq.heappop(lo))
        elif len(hi) > len(lo):
            heapq.heappush(lo, -heapq.heappop(hi))
        yield -lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2
print(list(running_median([5, 15, 1, 3, 8, 7, 9, 10, 20, 2])))

logs = {
    "web": [(1, "GET /"), (4, "GET /a"), (9, "POST /b")],
    "db": [(2, "SELECT"), (3, "UPDATE"), (9, "COMMIT")],
    "cache": [(5, "MISS"), (6, "HIT")],
}
merged = heapq.merge(*([(t, src, msg) for t, msg in entries] for src, entries in logs.items()))
for t, src, msg in merged:
    print(f"{t:>2} {src:<5} {msg}")
scores = [("ann", 90), ("bob", 85), ("cid", 90), ("dan", 70), ("eve", 85), ("fay", 99)]
print(heapq.nlargest(3, scores, key=lambda s: s[1]), heapq.nsmallest(2, scores, key=lambda s: (s[1], s[0])))
tiebreak = count()
pq = []
for name, prio in [("write", 2), ("read", 1), ("sync", 2), ("boot", 0)]:
    heapq.heappush(pq, (prio, next(tiebreak), name))
print([heapq.heappop(pq)[2] for _ in range(len(pq))])
try:
    heapq.heappush([(1, {}), ], (1, {}))
except TypeError as e:
    print("TypeError:", e)
print(bisect.bisect_left([1, 2, 3], 2, lo=2), bisect.bisect_right([1, 2, 3], 2, hi=1))
try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as e:
    print(e)
