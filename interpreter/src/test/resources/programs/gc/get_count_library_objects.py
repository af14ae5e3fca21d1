# collectors: generational refcount
# gc.get_count()[0] as the library's objects are made and freed: each GC object allocated adds
# one (also the temporaries a call makes: an argument tuple, a keywords dict, a range iterator),
# each one deallocated takes one back (PyObject_GC_Del), but an object that goes to a free list
# instead (a tuple, a dict) keeps its count; so "made" and "after del" show what each
# constructor allocates along the way, as 3.11 counts it. Automatic collection off; nothing
# printed between the readings.
import collections
import functools
import gc
import itertools
import operator
import struct

gc.disable()


def delta(make):
    gc.collect()
    start = gc.get_count()[0]
    kept = make()
    made = gc.get_count()[0] - start
    del kept
    after = gc.get_count()[0] - start
    return made, after


cases = [
    ("deque()", lambda: collections.deque()),
    ("deque(range(100))", lambda: collections.deque(range(100))),
    ("partial(print)", lambda: functools.partial(print)),
    ("partial(print, 1, 2)", lambda: functools.partial(print, 1, 2)),
    ("partial(print, sep='')", lambda: functools.partial(print, sep="")),
    ("count()", lambda: itertools.count()),
    ("tee(range(3))", lambda: itertools.tee(range(3))),
    ("chain([], [])", lambda: itertools.chain([], [])),
    ("Struct('i')", lambda: struct.Struct("i")),
    ("attrgetter('x')", lambda: operator.attrgetter("x")),
    ("methodcaller('m', 1)", lambda: operator.methodcaller("m", 1)),
    ("lru_cache(print)", lambda: functools.lru_cache(print)),
]
results = [(name, delta(make)) for name, make in cases]
for name, (made, after) in results:
    print(f"{name:24} made {made:3}  after del {after:3}")
gc.enable()
