# collectors: generational marksweep
# __del__ of objects whose cycle passes through the library's containers, run by gc.collect():
# finalizers run in the order the collector lists the unreachable objects (creation order here),
# all of them before any is cleared, so each __del__ still sees its neighbours through the deque,
# the partial or the itertools object; then the containers are cleared and the objects freed.
import collections
import functools
import gc
import itertools

log = []


class Part:
    def __init__(self, name):
        self.name = name
        self.link = None

    def __del__(self):
        seen = "nothing" if self.link is None else type(self.link).__name__
        log.append(f"{self.name} sees {seen}")


def through_deque():
    a, b = Part("a"), Part("b")
    a.link = collections.deque([b])
    b.link = collections.deque([a])


def through_partial():
    c = Part("c")
    c.link = functools.partial(print, c)


def through_cycle():
    d, e = Part("d"), Part("e")
    d.link = itertools.cycle([e])
    e.link = itertools.repeat(d)


def through_lru():
    f = Part("f")

    @functools.lru_cache
    def get(k):
        return f
    get(0)
    f.link = get


for build in (through_deque, through_partial, through_cycle, through_lru):
    gc.collect()
    build()
    n = gc.collect()
    print(f"{build.__name__}: collected {n}")
    for line in log:
        print("  ", line)
    log.clear()
