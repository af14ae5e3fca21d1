# collectors: generational marksweep
# Exceptions escaping __del__: reported as "Exception ignored in" on stderr, the program goes on.
import gc

class Broken:
    def __init__(self, mode):
        self.mode = mode
    def __del__(self):
        if self.mode == "value":
            raise ValueError("broken finalizer")
        if self.mode == "attr":
            self.missing_attribute
        if self.mode == "print":
            print("finalizer printing fine")

b = Broken("value")
del b
print("after value error")
a = Broken("attr")
del a
print("after attribute error")
c = Broken("print")
c.loop = c
del c
print("collect:", gc.collect())
d = Broken("value")
d.loop = d
del d
print("collect with failing finalizer:", gc.collect())
print("end")
