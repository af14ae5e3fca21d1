# weakref.ref does not add to the referent's refcount; calling it returns the object while it
# lives and None afterwards.
import sys
import weakref

class Obj:
    pass

o = Obj()
print(sys.getrefcount(o))
r = weakref.ref(o)
print(sys.getrefcount(o), r() is o)
print(type(r).__name__, weakref.ReferenceType is type(r))
del o
print(r(), r() is None)
