# heapq and bisect
import heapq, bisect
h = []
for x in [5, 1, 8, 3, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
l = [9, 4, 7, 1]
heapq.heapify(l)
print(l, heapq.nlargest(2, [3, 9, 1, 7]), heapq.nsmallest(2, [3, 9, 1, 7]))
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3))
print(list(heapq.merge([1, 4, 7], [2, 5, 8])))
s = [1, 3, 3, 5]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 4))
bisect.insort(s, 4); print(s)
print(bisect.bisect_left([('a', 1), ('c', 3)], 'b', key=lambda t: t[0]))
