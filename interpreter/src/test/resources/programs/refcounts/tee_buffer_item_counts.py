# itertools.tee's shared buffer as a reference holder: items read by the leading iterator stay
# in the shared data blocks (57 items each, LINKCELLS) until every tee has passed them; copies
# made with __copy__ share the same blocks; an exhausted tee releases its source.
import itertools
import sys


class Item:
    pass


def rc(obj):
    return sys.getrefcount(obj) - 2


items = [Item() for _ in range(6)]
src = iter(items)
print("in list only", [rc(x) for x in items])
t1, t2 = itertools.tee(src)
print("src held by tee", rc(src))
next(t1)
next(t1)
print("t1 read 2", [rc(x) for x in items])
next(t2)
print("t2 read 1 (buffer still holds both)", [rc(x) for x in items])
t3 = t2.__copy__()
print("copy of t2 shares the buffer", [rc(x) for x in items])
for _ in range(4):
    next(t1)
print("t1 read all", [rc(x) for x in items])
del t1
print("t1 deleted", [rc(x) for x in items])
del t2
print("t2 deleted, t3 still at 1", [rc(x) for x in items])
rest = list(t3)
print("t3 read", len(rest), [rc(x) for x in items])
del rest
print("rest deleted", [rc(x) for x in items])
del t3
print("t3 deleted", [rc(x) for x in items], rc(src))

# a long source: more than one data block of 57 items
many = [Item() for _ in range(130)]
a, b = itertools.tee(many)
for _ in range(120):
    next(a)
counts = [rc(x) for x in many]
print("lead 120, lag 0:", counts[0], counts[56], counts[57], counts[119], counts[120])
for _ in range(60):
    next(b)
counts = [rc(x) for x in many]
print("lag at 60:", counts[0], counts[56], counts[57], counts[59], counts[60], counts[119], counts[120])
del a, b
print("both deleted:", sorted(set(rc(x) for x in many)))
