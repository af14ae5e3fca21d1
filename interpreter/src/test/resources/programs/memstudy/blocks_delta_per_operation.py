# sys.getallocatedblocks() deltas around single operations, each measured
# after a warm-up so free lists and caches are primed: what leaves blocks
# behind (lists, dicts, instances, strs) and what nets zero (floats from the
# free list, tuples, exceptions raised and caught, temporary comprehensions).
import sys

def delta(fn, repeat=3):
    fn()
    results = []
    keep = []
    for _ in range(repeat):
        before = sys.getallocatedblocks()
        keep.append(fn())
        results.append(sys.getallocatedblocks() - before)
    return results

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def raise_and_catch():
    try:
        raise KeyError("k")
    except KeyError:
        pass

ops = [
    ("empty list", lambda: []),
    ("list of 3", lambda: [1, 2, 3]),
    ("list of 100 small ints", lambda: list(range(100))),
    ("empty dict", lambda: {}),
    ("dict of 3", lambda: {"a": 1, "b": 2, "c": 3}),
    ("Point instance", lambda: Point(1, 2)),
    ("Slotted instance", lambda: Slotted(1, 2)),
    ("str of 10", lambda: "abcdefghij"[:9] + "z"),
    ("str of 1000", lambda: "x" * 1000),
    ("bytes of 10", lambda: bytes(10)),
    ("big int", lambda: 2**100 + 1),
    ("set of 3", lambda: {1, 2, 3}),
    ("tuple temp, dropped", lambda: (tuple(range(3)), None)[1]),
    ("raise and catch", raise_and_catch),
    ("listcomp dropped", lambda: len([i for i in range(50)])),
    ("generator consumed", lambda: sum(i for i in range(50))),
]
for label, fn in ops:
    print(f"{label:<24} {delta(fn)}")
