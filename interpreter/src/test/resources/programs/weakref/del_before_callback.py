# At refcount death __del__ runs first (a weakref to the object still works inside it), then the
# weakrefs are cleared and their callbacks run.
import weakref

class Obj:
    def __del__(self):
        print("__del__, weakref alive:", r() is not None)

o = Obj()
r = weakref.ref(o, lambda ref: print("callback, weakref alive:", ref() is not None))
del o
print("end")
