# From CPython's gc tests: two callbacks in gc.callbacks are each called with "start" and "stop",
# in list order, with an info dict holding generation, collected and uncollectable.
# refcount: expect suite_callbacks_visits.refcount.out
import gc

visit = []
def cb1(phase, info):
    visit.append((1, phase, dict(info)))
def cb2(phase, info):
    visit.append((2, phase, dict(info)))

gc.disable()
gc.collect()
gc.callbacks.append(cb1)
gc.callbacks.append(cb2)
gc.collect()
for v in visit:
    print(v[0], v[1], sorted(v[2]), v[2]["generation"])
visit.clear()

l = []
l.append(l)
del l
gc.collect(2)
for v in visit:
    print(v)
visit.clear()

gc.collect(0)
print([(v[0], v[1], v[2]["generation"]) for v in visit])
gc.callbacks.remove(cb1)
gc.callbacks.remove(cb2)
visit.clear()
gc.collect()
print("after removal:", visit)
gc.enable()
