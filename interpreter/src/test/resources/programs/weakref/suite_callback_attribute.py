# From CPython's weakref tests: __callback__ is the callback while the referent lives, None for a
# ref without one and None once the referent died; it cannot be assigned.
import weakref

class Object:
    pass

x = Object()
callback = lambda ref: None
ref1 = weakref.ref(x, callback)
print(ref1.__callback__ is callback)
ref2 = weakref.ref(x)
print(ref2.__callback__)
del x
print(ref1.__callback__)
try:
    ref1.__callback__ = lambda ref: None
except AttributeError as e:
    print("AttributeError:", e)
try:
    del ref2.__callback__
except AttributeError as e:
    print("AttributeError:", e)
