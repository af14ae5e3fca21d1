# weakref.finalize: alive until called or the object dies; calling it runs the function once and
# returns its result; detach() gives back (obj, func, args, kwargs).
import weakref

class Res:
    pass

r = Res()
f = weakref.finalize(r, print, "finalizer ran", "for r")
print(f.alive, f.atexit)
del r
print(f.alive)
r2 = Res()
f2 = weakref.finalize(r2, lambda x: x * 2, 21)
print(f2(), f2(), f2.alive)
r3 = Res()
f3 = weakref.finalize(r3, print, "never printed")
obj, func, args, kwargs = f3.detach()
print(obj is r3, func is print, args, kwargs, f3.alive, f3.detach())
f4 = weakref.finalize(r3, print, "peeked")
print(f4.peek()[2], f4.alive)
