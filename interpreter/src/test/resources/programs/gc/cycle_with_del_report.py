# Cycles whose members have __del__: the collector runs finalizers once, in the cycle's order, and frees them.
# collectors: generational
import gc

log = []

class Part:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        log.append(f"{self.name} (peer {self.peer.name if self.peer else None})")

def make_ring(names):
    parts = [Part(n) for n in names]
    for a, b in zip(parts, parts[1:] + parts[:1]):
        a.peer = b
    return parts[0]

gc.collect()
gc.disable()
r = make_ring("ABC")
del r
print("before collect", log)
print("collected", gc.collect())
print("finalized", sorted(log))
log.clear()
rings = [make_ring([f"{i}x", f"{i}y"]) for i in range(3)]
rings.pop()
print("one ring dropped", gc.collect(), sorted(log))
log.clear()
del rings
print("rest", gc.collect(), len(log))
print("garbage", gc.garbage)
gc.enable()
