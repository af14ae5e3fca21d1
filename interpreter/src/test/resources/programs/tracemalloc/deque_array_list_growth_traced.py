# tracemalloc's traced size of a deque, a list and an array built by n appends, for n around
# their growth points: the deque's object holds its first 64-item block, then one 528-byte block
# comes every 64 items (never a reallocation); the list's item array follows list_resize's
# over-allocation (4, 8, 16, 24, 32, 40, 52... slots), the array's array_resize's. Each figure is
# the traced size after building minus before, with nothing else allocated in between but the
# int holding the first reading (the same 32 bytes in every figure); the peak while a list is copied.
import array
import collections
import gc
import tracemalloc


def build_deque(n):
    d = collections.deque()
    for _ in range(n):
        d.append(None)
    return d


def build_list(n):
    lst = []
    for _ in range(n):
        lst.append(None)
    return lst


def build_array(n):
    a = array.array("q")
    for _ in range(n):
        a.append(0)
    return a


def cost(build, n):
    gc.collect()
    base = tracemalloc.get_traced_memory()[0]
    made = build(n)
    delta = tracemalloc.get_traced_memory()[0] - base
    del made
    return delta


tracemalloc.start()
for build, sizes in ((build_deque, (0, 1, 32, 33, 96, 97, 160, 161)),
                     (build_list, (0, 1, 4, 5, 8, 9, 16, 17, 24, 25, 40, 41, 52, 53)),
                     (build_array, (0, 1, 4, 5, 8, 9, 16, 17, 25, 26, 34, 35))):
    print(build.__name__, [(n, cost(build, n)) for n in sizes])

big = [None] * 10000
gc.collect()
tracemalloc.reset_peak()
base = tracemalloc.get_traced_memory()[0]
copy = big[:]
now, peak = tracemalloc.get_traced_memory()
print("list copy adds", now - base, "peak", peak - base)
tracemalloc.stop()
