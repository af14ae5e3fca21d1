# A class is always in a reference cycle (its __mro__ holds it, its __dict__/__weakref__
# descriptors point back): deleting the last name leaves the class for the collector.
# refcount: expect collect_class_object.refcount.out
import gc
import weakref

gc.collect()

class Temp:
    pass

w = weakref.ref(Temp)
del Temp
print("alive after del:", w() is not None)
print("collected:", gc.collect())
print("alive after collect:", w() is not None)
