# gc.callbacks get a phase and an info dict whose 'collected' and 'uncollectable' match the collection.
# collectors: generational marksweep
import gc

log = []
def cb(phase, info):
    log.append((phase, dict(info)))

class WithDel:
    def __del__(self):
        pass

gc.collect()
gc.callbacks.append(cb)

a = []
a.append(a)
del a
r = gc.collect()
print("return:", r)
for phase, info in log:
    print(phase, sorted(info.items()))
log.clear()

o = WithDel()
o.me = o
del o
print("with __del__:", gc.collect())
for phase, info in log:
    print(phase, info["generation"], info["collected"], info["uncollectable"])
log.clear()

gc.set_debug(gc.DEBUG_SAVEALL)
z = {}
z["z"] = z
del z
print("saveall:", gc.collect())
for phase, info in log:
    print(phase, info["generation"], info["collected"], info["uncollectable"])
gc.set_debug(0)
print(len(gc.garbage))
gc.garbage.clear()
log.clear()

gc.collect(1)
print([(p, i["generation"]) for p, i in log])
gc.callbacks.remove(cb)
