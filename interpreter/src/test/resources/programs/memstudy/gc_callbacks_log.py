# refcount: expect gc_callbacks_log.refcount.out
# Logging collections with gc.callbacks (as a "monitor your GC" post does).
import gc

log = []

def on_gc(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))

gc.callbacks.append(on_gc)
gc.collect()
log.clear()

class Cycle:
    def __init__(self):
        self.me = self

for _ in range(3):
    Cycle()
gc.collect()
gc.collect(1)
gc.collect(0)
gc.callbacks.remove(on_gc)
gc.collect()
for entry in log:
    print(entry)
print("callbacks left:", len(gc.callbacks))

def bad_callback(phase, info):
    if phase == "stop":
        raise RuntimeError("callback failed")

gc.callbacks.append(bad_callback)
gc.collect()
gc.callbacks.remove(bad_callback)
print("done")
