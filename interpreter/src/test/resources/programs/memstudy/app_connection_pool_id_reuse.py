# An object pool of connections against allocating fresh ones: the pool hands back the very
# same objects (ids repeat by design), while freeing and reallocating a same-sized instance
# takes the block just freed (the same id) because pymalloc's pool keeps a LIFO free list (per pool:
# two blocks freed in one pool come back last first).
import sys


class Connection:
    __slots__ = ("host", "uses")

    def __init__(self, host):
        self.host = host
        self.uses = 0


class Pool:
    def __init__(self, host, size):
        self.free = [Connection(host) for _ in range(size)]
        self.busy = set()

    def acquire(self):
        conn = self.free.pop()
        self.busy.add(id(conn))
        conn.uses += 1
        return conn

    def release(self, conn):
        self.busy.discard(id(conn))
        self.free.append(conn)


pool = Pool("db", 2)
ids = [id(c) for c in pool.free]
seen = []
for _ in range(5):
    c = pool.acquire()
    seen.append(ids.index(id(c)))
    pool.release(c)
print("pool positions handed out:", seen)
print("uses:", sorted(c.uses for c in pool.free))

a = Connection("x")
first = id(a)
del a
b = Connection("y")
print("fresh after free reuses the block:", id(b) == first)
c = Connection("z")
print("next one is another block:", id(c) != first)
del b, c
# LIFO holds within one pool: free two neighbours of the same 16 KiB pool, last first back
batch = [Connection(str(i)) for i in range(12)]
i = next(i for i in range(11) if id(batch[i]) >> 14 == id(batch[i + 1]) >> 14)
x, y = batch[i], batch[i + 1]
batch[i] = batch[i + 1] = None
older, newer = id(x), id(y)
del x  # freed first
del y  # freed last
d = Connection("w")
e = Connection("v")
print("LIFO: last freed first:", id(d) == newer, id(e) == older)
print("refcount of a pooled connection:", sys.getrefcount(pool.free[0]))
print("getsizeof of a connection:", sys.getsizeof(pool.free[0]))
