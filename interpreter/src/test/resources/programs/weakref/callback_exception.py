# An exception in a weakref callback is reported on stderr ("Exception ignored in: ...") and the
# program goes on.
import weakref

class Obj:
    pass

class Callback:
    def __call__(self, ref):
        raise ValueError("bad callback")

    def __repr__(self):
        return "<Callback>"

o = Obj()
r = weakref.ref(o, Callback())
del o
print("continued")
