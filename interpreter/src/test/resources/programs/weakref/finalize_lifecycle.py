# weakref.finalize: atexit flag, detach, peek, alive, calling early, order at exit.
# collectors: generational
import weakref
import gc

class Resource:
    def __init__(self, name):
        self.name = name

def cleanup(name, *extra, **kw):
    print("cleanup", name, extra, kw)
    return name.upper()

r1 = Resource("one")
f1 = weakref.finalize(r1, cleanup, "one", 1, 2, flag=True)
print(f1.alive, f1.atexit)
print("peek", f1.peek()[1].__name__, f1.peek()[2:])
del r1
print("after del", f1.alive, f1())

r2 = Resource("two")
f2 = weakref.finalize(r2, cleanup, "two")
print("call early ->", f2())
print("again ->", f2(), f2.alive)

r3 = Resource("three")
f3 = weakref.finalize(r3, cleanup, "three")
print("detach", f3.detach()[2:], f3.alive)
del r3

r4 = Resource("four")
r4.cycle = r4
f4 = weakref.finalize(r4, cleanup, "four")
del r4
print("cycle pending", f4.alive)
gc.collect()
print("cycle done", f4.alive)

keep = []
for i in range(3):
    r = Resource(f"exit{i}")
    keep.append(r)
    weakref.finalize(r, cleanup, f"exit{i}")
noexit = Resource("noexit")
fx = weakref.finalize(noexit, cleanup, "noexit")
fx.atexit = False
print("end of program")
