# collectors: generational marksweep
# gc.DEBUG_SAVEALL with garbage made of the library's objects: every unreachable object goes to
# gc.garbage instead of being freed (the cycle's list, the partial, the deque, the itertools
# object, the lru_cache wrapper and its function's pieces), listed by type name; collect()'s
# return counts them; clearing gc.garbage and collecting again without the flag frees them.
import collections
import functools
import gc
import itertools


def make_garbage():
    box = []
    box.append(functools.partial(len, box))
    d = collections.deque()
    d.append(d)
    loop = []
    loop.append(itertools.cycle(loop))


gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
make_garbage()
found = gc.collect()
print("collected", found, "saved", len(gc.garbage))
print(sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
print("debug flags", gc.get_debug())
del gc.garbage[:]
print("after clearing gc.garbage", gc.collect())


def lru_garbage():
    @functools.lru_cache
    def f(x):
        return f
    f(0)


gc.set_debug(gc.DEBUG_SAVEALL)
lru_garbage()
found = gc.collect()
kinds = collections.Counter(type(o).__name__ for o in gc.garbage)
print("lru cycle", found, sorted(kinds.items()))
gc.set_debug(0)
gc.garbage.clear()
print("freed", gc.collect())
