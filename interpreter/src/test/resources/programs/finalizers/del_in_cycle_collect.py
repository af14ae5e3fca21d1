# Finalizers of cyclic garbage run inside gc.collect(); their objects are freed afterwards.
# refcount: expect del_in_cycle_collect.refcount.out
import gc

class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)

gc.collect()
a = D("a")
b = D("b")
a.peer = b
b.peer = a
del a, b
print("before collect")
print("collect:", gc.collect())
print("after collect")
