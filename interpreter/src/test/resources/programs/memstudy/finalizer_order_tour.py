# collectors: generational marksweep
# Memory study: when __del__ and weakref.finalize run, and in which order.
import gc, weakref

log = []
class Res:
    def __init__(self, name):
        self.name = name
        log.append(f"open {name}")
    def __del__(self):
        log.append(f"close {self.name}")

def scope():
    r1 = Res("one")
    r2 = Res("two")
    log.append("scope ends")
scope()
print(log); log.clear()

items = [Res(f"L{i}") for i in range(3)]
del items
print(log); log.clear()

d = {"x": Res("dx"), "y": Res("dy")}
d["x"] = None
print(log); log.clear()
del d
print(log); log.clear()

a = Res("cyc-a"); b = Res("cyc-b")
a.other = b; b.other = a
del a, b
print("before collect:", log)
n = gc.collect()
print("collected", n, sorted(log)); log.clear()

class Plain: pass
p = Plain()
f = weakref.finalize(p, log.append, "finalized p")
print(f.alive)
del p
print(log, f.alive); log.clear()
q = Plain()
f2 = weakref.finalize(q, print, "at exit q")
f2.atexit = True
print("end of program")
