# "Why is my memory not freed?": generators left suspended keep their frames,
# locals and try/finally blocks pending until they are closed or freed.
import gc
import weakref
import sys

log = []

class Resource:
    def __init__(self, name):
        self.name = name
        self.payload = [0] * 500
    def __del__(self):
        log.append("freed " + self.name)

def reader(name):
    res = Resource(name)
    try:
        for i in range(10):
            yield i
    finally:
        log.append("finally " + name)

g1 = reader("a")
print(next(g1), next(g1))
print("frame locals:", sorted(g1.gi_frame.f_locals))
print("suspended:", g1.gi_suspended, "running:", g1.gi_running)
g1.close()
print(log)
log.clear()
print("closed frame:", g1.gi_frame)

g2 = reader("b")
next(g2)
del g2
print(log)
log.clear()

pending = [reader(n) for n in "cde"]
for g in pending:
    next(g)
print("pending:", len(pending), log)
pending.pop()
del g
print("after pop and del g:", log)
log.clear()

g3 = reader("f")
next(g3)
cycle = [g3]
g3_ref = weakref.ref(g3)
del g3
print("list holds it:", g3_ref() is not None, log)
cycle.clear()
print("after clear:", log)
log.clear()
pending.clear()
print("end:", log)
