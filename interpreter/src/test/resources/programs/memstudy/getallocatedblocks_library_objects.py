# sys.getallocatedblocks() deltas for building and dropping the library's objects, measured with
# nothing printed in between and after a gc.collect() (which empties the free lists): a deque (one
# object block plus one per 64-item block), an array (object plus buffer), a partial, an
# lru_cache'd function's entries, a Struct, itertools objects; each
# drop gives every block back (the 1 left, and counted in "made" too, is the int holding the first
# reading: it was allocated after that reading was taken).
import array
import collections
import functools
import gc
import itertools
import struct
import sys


def blocks(make):
    gc.collect()
    start = sys.getallocatedblocks()
    kept = make()
    made = sys.getallocatedblocks() - start
    del kept
    gc.collect()
    left = sys.getallocatedblocks() - start
    return made, left


def many_entries():
    @functools.lru_cache(maxsize=None)
    def sq(n):
        return n * n
    for i in range(300, 400):
        sq(i)
    return sq


cases = [
    ("deque()", lambda: collections.deque()),
    ("deque(range(300, 400))", lambda: collections.deque(range(300, 400))),
    ("deque of 200 Nones", lambda: collections.deque([None] * 200)),
    ("array('d', 100 items)", lambda: array.array("d", bytes(800))),
    ("empty array", lambda: array.array("d")),
    ("partial(print, 1, k=2)", lambda: functools.partial(print, 1, k=2)),
    ("Struct('<iqd')", lambda: struct.Struct("<iqd")),
    ("count()", lambda: itertools.count()),
    ("chain of 2 lists", lambda: itertools.chain([1], [2])),
    ("tee of a list", lambda: itertools.tee([1, 2, 3])),
]
results = [(name, blocks(make)) for name, make in cases]
lru = blocks(many_entries)
for name, (made, left) in results:
    print(f"{name:24} made {made:4}  left {left}")
print(f"{'lru_cache, 100 entries':24} made {lru[0]:4}  left {lru[1]}")
