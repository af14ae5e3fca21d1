# refcount: expect resurrection_counts_gc_and_plain.refcount.out
# How many times __del__ runs for an object that resurrects itself, as PEP 442 settles it: every
# class a class statement makes is a GC type (even with `__slots__ = ()`: nothing to traverse,
# still tracked), so its instances carry the finalized flag and __del__ runs once: the second
# death frees the object silently. The count of the resurrected object after __del__ returns,
# gc.is_finalized, a pair resurrected from a cycle (collected 0, then 2 with no second __del__),
# and one revived through a global.
import gc
import sys

graveyard = []


class Phoenix:
    calls = 0

    def __del__(self):
        type(self).calls += 1
        if type(self).calls <= 3:
            graveyard.append(self)


class PlainPhoenix:
    __slots__ = ()
    calls = 0

    def __del__(self):
        type(self).calls += 1
        if type(self).calls <= 3:
            graveyard.append(self)


print("Phoenix is GC:", gc.is_tracked(Phoenix()), "PlainPhoenix is GC:", gc.is_tracked(PlainPhoenix()))
graveyard.clear()
Phoenix.calls = PlainPhoenix.calls = 0

for cls in (Phoenix, PlainPhoenix):
    obj = cls()
    del obj
    for round_ in range(4):
        if not graveyard:
            break
        back = graveyard.pop()
        finalized = gc.is_finalized(back)
        count = sys.getrefcount(back) - 1
        del back
        print(f"{cls.__name__}: death {round_ + 1} -> calls={cls.calls} finalized={finalized} refs={count}")
    print(f"{cls.__name__}: __del__ ran {cls.calls} times, graveyard {len(graveyard)}")
    graveyard.clear()


# resurrection from a cycle: the collector runs __del__ once, sees the object alive, frees nothing
class Node:
    deaths = 0

    def __del__(self):
        Node.deaths += 1
        graveyard.append(self)


a = Node()
b = Node()
a.peer, b.peer = b, a
del a, b
first = gc.collect()
print("cycle resurrected: collected", first, "deaths", Node.deaths, "graveyard", len(graveyard))
print("finalized flags:", [gc.is_finalized(x) for x in graveyard])
graveyard.clear()
second = gc.collect()
print("second collection frees it:", second, "deaths", Node.deaths)


# revived through a global name: finalized, and its next death runs nothing
class Keeper:
    def __del__(self):
        global revived
        revived = self


k = Keeper()
del k
print("revived by a global:", type(revived).__name__, gc.is_finalized(revived))
del revived
print("and gone without a second __del__")
