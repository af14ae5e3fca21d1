# weakref.finalize on objects in cycles runs when the collector frees them, before they are cleared.
# collectors: generational marksweep
import gc
import weakref

log = []

class Conn:
    def __init__(self, name):
        self.name = name
        self.self_ref = self

def closer(name):
    log.append(f"closed {name}")

conns = [Conn(f"c{i}") for i in range(3)]
fins = [weakref.finalize(c, closer, c.name) for c in conns]
del conns
print("alive before collect:", [f.alive for f in fins])
n = gc.collect()
print("collected:", n)
print(sorted(log))
print("alive after:", [f.alive for f in fins])

bad = Conn("bad")
weakref.finalize(bad, bad.__init__, "x")
print("a finalizer that holds its object keeps it alive (cycle through the registry):")
del bad
gc.collect()
print(len([f for f in gc.get_objects() if isinstance(f, Conn)]))
