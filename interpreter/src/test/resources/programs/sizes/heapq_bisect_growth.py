# A priority queue with heapq and a sorted list with bisect: the list's size over pushes and pops.
import heapq
import bisect
import sys

heap = []
last = sys.getsizeof(heap)
steps = []
for i in range(60):
    heapq.heappush(heap, (i * 37) % 61)
    s = sys.getsizeof(heap)
    if s != last:
        steps.append((len(heap), s))
        last = s
print("push steps", steps)
shrink = []
while heap:
    heapq.heappop(heap)
    s = sys.getsizeof(heap)
    if s != last:
        shrink.append((len(heap), s))
        last = s
print("pop steps", shrink)

sl = []
grow = []
last = sys.getsizeof(sl)
for i in range(40):
    bisect.insort(sl, (i * 7) % 41)
    s = sys.getsizeof(sl)
    if s != last:
        grow.append((len(sl), s))
        last = s
print("insort steps", grow)
print("sorted", sl == sorted(sl), sl[:5])
h2 = list(range(100, 0, -1))
print("before heapify", sys.getsizeof(h2))
heapq.heapify(h2)
print("after heapify", sys.getsizeof(h2), h2[:3])
print("nsmallest", heapq.nsmallest(3, h2), sys.getsizeof(heapq.nlargest(10, h2)))
