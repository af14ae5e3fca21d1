# collectors: generational
# One round of a performance engineer's gc instrumentation: gc.callbacks records each
# collection's phase, generation, collected and uncollectable; gc.get_stats() deltas per
# generation (collections, collected) agree with the callbacks; gc.freeze() moves every tracked
# object to the permanent generation (get_freeze_count grows, collect() then finds nothing that
# was frozen, even a cycle made before the freeze), unfreeze() gives them back to the oldest
# generation and the next full collection finds the cycle. Automatic collections are turned off
# so only the program's own collections are counted.
import gc

gc.disable()
gc.collect()
log = []


def on_gc(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))


def make_cycle(n):
    nodes = [[] for _ in range(n)]
    for i, node in enumerate(nodes):
        node.append(nodes[(i + 1) % n])


def stats_delta(before, after):
    return [(a["collections"] - b["collections"], a["collected"] - b["collected"])
            for b, a in zip(before, after)]


gc.callbacks.append(on_gc)
before = gc.get_stats()
make_cycle(5)
young = gc.collect(0)
make_cycle(3)
middle = gc.collect(1)
make_cycle(4)
full = gc.collect(2)
after = gc.get_stats()
print("results:", young, middle, full)
print("callbacks:", log)
print("stats deltas:", stats_delta(before, after))
log.clear()

make_cycle(6)
frozen_before = gc.get_freeze_count()
gc.freeze()
print("freeze count grew:", gc.get_freeze_count() > frozen_before)
print("collect with the cycle frozen:", gc.collect())
gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
print("the next full collection finds it:", gc.collect())
print("callbacks:", log)
log.clear()

gc.callbacks.remove(on_gc)
make_cycle(2)
print("without the callback:", gc.collect(), log)
gc.enable()
