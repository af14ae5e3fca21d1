# Reference count deltas (never absolute counts) of None, small ints, True and interned strings
# across ordinary operations: a list of n Nones adds n, a dict of None values one per value,
# a function returning None hands its reference to the caller, dict.get's default, a tuple of
# small ints from a display, attribute names interned and shared by every instance dict's keys,
# sys.intern giving back the interned copy, a str built at run time not interned until asked.
import sys


def delta(obj, action):
    before = sys.getrefcount(obj)
    kept = action()
    after = sys.getrefcount(obj)
    del kept
    return after - before


n = 50
print("[None] * n", delta(None, lambda: [None] * n))
print("dict.fromkeys(range(n))", delta(None, lambda: dict.fromkeys(range(n))))


def nothing():
    pass


print("list of returns", delta(None, lambda: [nothing() for _ in range(n)]))
print("dict.get default", delta(None, lambda: [{}.get(i) for i in range(n)]))
print("[7] * n", delta(7, lambda: [7] * n))
print("list(range(3)) holds 0,1,2", delta(1, lambda: list(range(3))))
print("[True] * n", delta(True, lambda: [True] * n))
print("bools from comparisons", delta(True, lambda: [i >= 0 for i in range(n)]))


class Item:
    def __init__(self):
        self.quantity_on_hand = 0


name = "quantity_on_hand"
print("attribute name interned:", name is sys.intern("quantity_on_hand"))
print("20 instances' dicts share the key", delta(name, lambda: [Item() for _ in range(20)]))
print("... once their dicts are made", delta(name, lambda: [Item().__dict__ for _ in range(20)]))

parts = ["dyn", "amic_key"]
built = "".join(parts)
print("built str interned by the first sys.intern", sys.intern(built) is built)
other = "".join(parts)
interned = sys.intern(other)
print("sys.intern returns the first", interned is built, interned is not other)
print("dict keyed by the interned str", delta(built, lambda: {interned: i for i in range(3)}))
print("setattr interns", delta(built, lambda: setattr(Item, other, 1)))
delattr(Item, built)
print("getattr with a new equal str", delta(built, lambda: hasattr(Item, "".join(parts))))
