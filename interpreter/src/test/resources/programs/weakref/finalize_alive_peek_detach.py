# weakref.finalize: alive, peek, detach, calling it early, atexit, and its repr.
import weakref
import sys

class Resource:
    def __init__(self, name):
        self.name = name

def close(name, how="normally"):
    print(f"closing {name} {how}")
    return f"closed:{name}"

r1 = Resource("r1")
f1 = weakref.finalize(r1, close, "r1")
print("alive:", f1.alive, f1.atexit)
obj, func, args, kwargs = f1.peek()
print(obj is r1, func is close, args, kwargs)
print("call early:", f1())
print("alive after:", f1.alive, f1.peek(), f1())
del r1

r2 = Resource("r2")
f2 = weakref.finalize(r2, close, "r2", how="never")
det = f2.detach()
print(det[0] is r2, det[2:], f2.alive, f2.detach())
del r2, det
print("nothing printed for r2")

r3 = Resource("r3")
f3 = weakref.finalize(r3, close, "r3", how="at exit")
r4 = Resource("r4")
f4 = weakref.finalize(r4, close, "r4", how="not at exit")
f4.atexit = False
r5 = Resource("r5")
f5 = weakref.finalize(r5, close, "r5", how="at exit, registered last")
print(repr(f3).startswith("<finalize object at"), "; for 'Resource' at" in repr(f3))
try:
    weakref.finalize(1, close)
except TypeError as e:
    print("TypeError:", e)
print("end of program")
