# weakref.finalize objects still alive at exit run in reverse creation order, before module teardown.
# collectors: generational
import weakref
import atexit

class Thing:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

things = [Thing(i) for i in range(4)]
for t in things:
    weakref.finalize(t, print, "finalize", t.n)
atexit.register(print, "atexit registered after the finalizers")
f = weakref.finalize(things[1], print, "second finalizer of 1")
f.atexit = False
del t
print("main body done")
