# Functions and classes can be weakly referenced; a weakref to a function dies with it.
import weakref

def f():
    return 1

class C:
    pass

rf = weakref.ref(f)
rc = weakref.ref(C)
print(rf() is f, rc() is C)
del f
print(rf())
