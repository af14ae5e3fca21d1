# A task queue and a price table with heapq and bisect: heappush/heappop/heapreplace/heappushpop/
# heapify on tuples, nlargest/nsmallest with key, merge with key and reverse, bisect with key=
# (3.10+), insort with key, and the errors of unorderable items.
import heapq
import bisect
from dataclasses import dataclass, field

tasks = []
for prio, name in [(3, "write"), (1, "plan"), (4, "test"), (1, "coffee"), (2, "code")]:
    heapq.heappush(tasks, (prio, name))
print(tasks)
print([heapq.heappop(tasks) for _ in range(2)], tasks)
print(heapq.heapreplace(tasks, (0, "urgent")), heapq.heappushpop(tasks, (9, "later")), heapq.heappushpop(tasks, (-1, "now")), tasks)
nums = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(nums)
print(nums, [heapq.heappop(nums) for _ in range(len(nums))])
people = [{"name": "ann", "age": 31}, {"name": "bob", "age": 25}, {"name": "cy", "age": 47}, {"name": "di", "age": 25}]
print(heapq.nlargest(2, people, key=lambda p: p["age"]), heapq.nsmallest(2, people, key=lambda p: p["age"]))
print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6]), heapq.nlargest(1, []), heapq.nlargest(10, [3, 1, 2]), heapq.nsmallest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge(["apple", "fig"], ["kiwi", "banana"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
q = []
for j in [Job(5, "e"), Job(2, "b"), Job(8, "h"), Job(2, "b2")]:
    heapq.heappush(q, j)
print([heapq.heappop(q).name for _ in range(4)])
try:
    heapq.heappush([(1, {})], (1, {}))
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heapify((3, 1))
except TypeError as e:
    print("TypeError:", e)
grades = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(grades, s)], s) for s in [33, 60, 77, 89, 90, 100]])
prices = [("apple", 1.2), ("bread", 2.5), ("cheese", 7.0), ("wine", 12.0)]
print(bisect.bisect_left(prices, 2.5, key=lambda p: p[1]), bisect.bisect_right(prices, 2.5, key=lambda p: p[1]), bisect.bisect(prices, 100, key=lambda p: p[1]))
bisect.insort(prices, ("jam", 3.3), key=lambda p: p[1])
bisect.insort_left(prices, ("salt", 0.5), key=lambda p: p[1])
print(prices)
xs = [1, 2, 2, 2, 3]
print(bisect.bisect_left(xs, 2), bisect.bisect_right(xs, 2), bisect.bisect_left(xs, 2, lo=2), bisect.bisect_right(xs, 2, 0, 2))
bisect.insort_right(xs, 2)
bisect.insort(xs, 0, lo=0, hi=0)
print(xs)
try:
    bisect.bisect_left(xs, 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    bisect.bisect([1, "a"], 2)
except TypeError as e:
    print("TypeError:", e)
def find_le(a, x):
    i = bisect.bisect_right(a, x)
    if i:
        return a[i - 1]
    raise ValueError("none <= %r" % x)
print(find_le([1, 3, 5], 4), find_le([1, 3, 5], 5))
