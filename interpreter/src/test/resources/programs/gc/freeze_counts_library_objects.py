# collectors: generational
# gc.freeze() moves every tracked object into the permanent generation: get_freeze_count() grows by
# exactly the number of tracked objects a program made (lists, dicts, deques, partials, itertools
# objects, tuples of ints not yet seen by a collection; not strs or empty dicts), collections ignore
# frozen cycles, unfreeze()
# brings them back to the oldest generation where the next full collection finds them.
import collections
import functools
import gc
import itertools

gc.disable()
gc.collect()
gc.freeze()
base = gc.get_freeze_count()


def frozen_delta(make):
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    start = gc.get_freeze_count()
    kept = make()
    gc.freeze()
    return gc.get_freeze_count() - start, kept


for name, make in [
    ("10 lists", lambda: [[] for _ in range(10)]),
    ("10 deques", lambda: [collections.deque() for _ in range(10)]),
    ("10 partials", lambda: [functools.partial(print) for _ in range(10)]),
    ("10 counts", lambda: [itertools.count() for _ in range(10)]),
    ("10 tuples of ints", lambda: [tuple(range(i, i + 2)) for i in range(10)]),
    ("10 strs", lambda: [str(i) * 3 for i in range(10)]),
    ("10 empty dicts", lambda: [{} for _ in range(10)]),
    ("10 dicts of lists", lambda: [{"k": []} for _ in range(10)]),
]:
    delta, kept = frozen_delta(make)
    print(f"{name:18} +{delta}")
    del kept

gc.unfreeze()
gc.collect()


def cycle():
    a = []
    a.append(a)
    d = collections.deque([a])
    a.append(d)


cycle()
gc.freeze()
print("collect with the cycle frozen", gc.collect())
gc.unfreeze()
print("frozen after unfreeze", gc.get_freeze_count())
print("collect after unfreeze", gc.collect())
gc.enable()
