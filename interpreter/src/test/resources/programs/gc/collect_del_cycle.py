# PEP 442 (3.4+): a cycle whose objects define __del__ is collected; each __del__ runs once,
# in the order the collector found them, and nothing goes to gc.garbage.
# refcount: expect collect_del_cycle.refcount.out
import gc

class Fin:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)

gc.collect()
x = Fin("x")
y = Fin("y")
x.other = y
y.other = x
del x, y
print("collect:", gc.collect())
print("garbage:", gc.garbage)
