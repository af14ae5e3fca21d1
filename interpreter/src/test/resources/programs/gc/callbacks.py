# gc.callbacks receive 'start' and 'stop' with the generation and counts
# collectors: generational marksweep
import gc
gc.collect()
def cb(phase, info):
    print(phase, info['generation'], info['collected'], info['uncollectable'])
gc.callbacks.append(cb)
l = []; l.append(l)
del l
print(gc.collect())
print(gc.collect(1))
gc.callbacks.remove(cb)
print(gc.collect())
