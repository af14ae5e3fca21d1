# The order in which __del__ runs when the library's containers let go of their items: a deque
# cleared (left to right), popped, overflowing its maxlen (the oldest goes at once), rotated
# (nothing dies); a partial dropped (function, then its args tuple from the last, then keywords);
# an lru_cache evicting and cleared (oldest entry first); chain and tee dropped.
import collections
import functools
import itertools


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)

    def __call__(self, *a, **k):
        return None

    def __repr__(self):
        return self.name


print("deque clear:")
d = collections.deque([Loud("d1"), Loud("d2"), Loud("d3")])
d.clear()
print("deque pop and popleft:")
d = collections.deque([Loud("p1"), Loud("p2"), Loud("p3")])
d.pop()
d.popleft()
print("deque rotate (nothing):")
d.rotate(1)
print("deque deleted:")
del d
print("maxlen overflow:")
d = collections.deque(maxlen=2)
for i in range(4):
    print(" append", i)
    d.append(Loud(f"m{i}"))
print("extendleft overflow:")
d.extendleft([Loud("e1"), Loud("e2")])
print("deque with maxlen deleted:")
del d

print("partial dropped:")
p = functools.partial(Loud("func"), Loud("arg1"), Loud("arg2"), kw=Loud("kwval"))
del p


@functools.lru_cache(maxsize=2)
def make(n):
    return Loud(f"r{n}")


print("lru_cache fills:")
make(1)
make(2)
print("lru_cache evicts the least recent:")
make(1)
make(3)
print("lru_cache cleared:")
make.cache_clear()

print("chain dropped:")
c = itertools.chain([Loud("c1")], [Loud("c2")])
del c
print("tee dropped (one of two first):")
a, b = itertools.tee([Loud("t1"), Loud("t2")])
next(a)
next(a)
del a
print(" b remains")
del b
print("end")
