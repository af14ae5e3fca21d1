# From CPython's weakref tests: at exit the finalizers still registered with atexit=True run newest
# first; one made during that pass (by a finalizer) runs next; an exception in one is reported on
# stderr and the others still run; atexit=False ones do not run.
import weakref

class Holder:
    pass

_global_var = 'foobar'

def error():
    g1 = weakref.finalize(Holder, print, 'g1')
    print('f3 error')
    1/0

f1 = weakref.finalize(Holder, print, 'f1', _global_var)
f2 = weakref.finalize(Holder, print, 'f2', _global_var)
f3 = weakref.finalize(Holder, error)
f4 = weakref.finalize(Holder, print, 'f4', _global_var)
print(f1.atexit, f3.atexit, f4.atexit)
f2.atexit = False
print("end of program")
