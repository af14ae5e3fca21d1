# An object pool that resurrects its objects in __del__ (putting them back in the pool):
# the finalizer runs only once per object (PEP 442), so the second time the object is
# dropped it really dies; the pool's reuse count is exact.
import gc


class Pool:
    def __init__(self):
        self.items = []
        self.reused = 0


pool = Pool()


class Conn:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("  __del__ of conn", self.n, "-> back to the pool")
        pool.items.append(self)


def acquire(n):
    if pool.items:
        pool.reused += 1
        return pool.items.pop()
    return Conn(n)


c = acquire(1)
del c
print("pool after first release:", [x.n for x in pool.items])
c = acquire(2)
print("reused:", pool.reused, "conn", c.n)
del c
print("pool after second release:", [x.n for x in pool.items])
print("is_finalized:", gc.is_finalized(Conn(9)))
d = Conn(3)
d2 = d
del d
print("still referenced, no __del__ yet")
del d2
print("end:", [x.n for x in pool.items])
