# A ring of ten instances, each pointing at the next: ten objects are collected.
# refcount: expect collect_ring.refcount.out
import gc

class Link:
    def __init__(self, n):
        self.n = n
        self.next = None

gc.collect()
first = Link(0)
last = first
for i in range(1, 10):
    last.next = Link(i)
    last = last.next
last.next = first
del first, last
print(gc.collect())
