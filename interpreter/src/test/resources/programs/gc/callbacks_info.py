# gc.callbacks are called with "start" and "stop" and an info dict (generation, collected,
# uncollectable) for explicit collections too; "stop" reports what was found.
# refcount: expect callbacks_info.refcount.out
import gc

def cb(phase, info):
    print(phase, sorted(info.items()))

gc.collect()
gc.callbacks.append(cb)
a = []
b = []
a.append(b)
b.append(a)
del a, b
print("returned", gc.collect())
print("returned", gc.collect())
gc.callbacks.remove(cb)
print(gc.callbacks)
