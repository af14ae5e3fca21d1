# gc.callbacks get a phase and an info dict with the generation and the counts.
# refcount: expect gc_callbacks_info.refcount.out
import gc
events = []
def cb(phase, info):
    events.append((phase, sorted(info.items())))
gc.collect()
gc.callbacks.append(cb)
x = []; x.append(x); del x
gc.collect(1)
gc.collect()
gc.callbacks.remove(cb)
for e in events:
    print(e)
