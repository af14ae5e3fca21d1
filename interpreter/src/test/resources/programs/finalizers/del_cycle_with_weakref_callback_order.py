# collectors: generational marksweep
# 3.11's order when the collector frees a cycle whose objects have __del__ and weak references
# with callbacks: handle_weakrefs first (callbacks of weakrefs that are not themselves trash run,
# the referents' weakrefs are cleared), then finalize_garbage (the __del__ methods, in list
# order), then the cycle is broken by tp_clear; a weakref inside the trash is cleared with no
# callback; a resurrecting __del__ keeps the objects, whose weakrefs are already dead.
import gc
import weakref

log = []


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        log.append(f"del {self.name} (weakref to other alive: {getattr(self, 'wr', lambda: None)() is not None})")


def callback(name):
    def cb(ref):
        log.append(f"callback {name} (ref dead: {ref() is None})")
    return cb


gc.collect()
a, b = Node("a"), Node("b")
a.other, b.other = b, a
ra = weakref.ref(a, callback("a"))
rb = weakref.ref(b, callback("b"))
a.wr = weakref.ref(b, callback("inside a"))
del a, b
print("collected", gc.collect())
for line in log:
    print(" ", line)
print("refs dead", ra() is None, rb() is None)

log.clear()
saved = []


class Phoenix:
    def __init__(self):
        self.me = self

    def __del__(self):
        log.append("del phoenix")
        saved.append(self)


p = Phoenix()
rp = weakref.ref(p, callback("phoenix"))
del p
print("collected", gc.collect())
for line in log:
    print(" ", line)
print("resurrected", len(saved), "weakref dead", rp() is None, "count", weakref.getweakrefcount(saved[0]))
log.clear()
saved.clear()
print("second collection", gc.collect(), log)
