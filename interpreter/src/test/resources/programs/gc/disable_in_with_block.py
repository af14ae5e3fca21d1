# A context manager that disables automatic collection, as people write it to time code.
# collectors: generational marksweep
import gc
from contextlib import contextmanager

@contextmanager
def gc_disabled():
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()

events = []
def cb(phase, info):
    if phase == "stop":
        events.append(info["generation"])

gc.collect()
gc.callbacks.append(cb)
with gc_disabled():
    print("inside:", gc.isenabled())
    nodes = []
    for i in range(3000):
        n = {"id": i}
        n["self"] = n
        nodes.append(n)
    print("automatic collections inside:", len(events))
    del nodes
    print("explicit collect still works:", gc.collect())
print("after:", gc.isenabled())
gc.callbacks.remove(cb)

with gc_disabled():
    with gc_disabled():
        print("nested inside:", gc.isenabled())
    print("outer still disabled:", gc.isenabled())
print("restored:", gc.isenabled())

try:
    with gc_disabled():
        raise ValueError("boom")
except ValueError as e:
    print("after exception:", e, gc.isenabled())
