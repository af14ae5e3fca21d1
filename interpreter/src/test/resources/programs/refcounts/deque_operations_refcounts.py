# collections.deque's operations as reference moves: append/appendleft take one reference, pop
# and popleft hand it to the caller, rotate moves references without counting, extend from
# itself, copy and `*` add one per copy, index/count/`in` hold nothing afterwards, remove and
# `del d[i]` release one, a bounded deque releases what falls off, clear releases every one.
import collections
import sys


class T:
    pass


def rc(obj):
    return sys.getrefcount(obj) - 2


x, y = T(), T()
d = collections.deque()
d.append(x)
d.appendleft(x)
print("two appends", rc(x))
got = d.pop()
print("pop hands it over", rc(x), got is x)
del got
print("dropped", rc(x))
d.extend([y, y, y])
print("extend three", rc(y))
d.rotate(2)
d.rotate(-5)
print("rotations", rc(x), rc(y))
print("index", d.index(y), "count", d.count(y), "in", x in d, rc(x), rc(y))
c = d.copy()
print("copy", rc(x), rc(y))
m = d * 2
print("times 2", rc(x), rc(y))
del c, m
d.extend(d)
print("extend with itself", rc(x), rc(y), len(d))
d.remove(y)
print("remove one y", rc(y))
del d[0]
print("del d[0]", rc(x), len(d))
d[0] = x
print("d[0] = x", rc(x), rc(y))
b = collections.deque([y] * 5, maxlen=3)
print("bounded from 5", rc(y), len(b))
b.append(x)
print("append pushes one out", rc(x), rc(y))
b.extendleft([x, x])
print("extendleft pushes out from the right", rc(x), rc(y))
b.clear()
d.clear()
print("cleared", rc(x), rc(y))
r = collections.deque([x]) == collections.deque([x])
print("comparison holds nothing", rc(x))
