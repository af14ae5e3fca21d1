# weakref.finalize as a reference holder: it keeps its function, args and kwargs alive (strong
# references, counted by sys.getrefcount) until it runs or is detached, never the object it
# watches (a finalizer whose args hold the object keeps it alive forever: the classic mistake);
# peek() and detach() hand back (obj, func, args, kwargs); alive flips once; calling it twice runs
# the function once; atexit is a flag per finalizer.
import sys
import weakref


def rc(obj):
    return sys.getrefcount(obj) - 2


class Resource:
    def __init__(self, name):
        self.name = name


log = []


def cleanup(handle, *, tag):
    log.append((handle["id"], tag))
    return "cleaned " + tag


handle = {"id": 1}
tag = "".join(["t", "ag"])
res = Resource("r1")
print("before:", rc(handle), rc(tag), rc(res))
fin = weakref.finalize(res, cleanup, handle, tag=tag)
print("finalize holds args and kwargs:", rc(handle), rc(tag), "not the object:", rc(res))
print("alive:", fin.alive, "atexit:", fin.atexit)
obj, func, args, kwargs = fin.peek()
print("peek:", obj is res, func is cleanup, args == (handle,), kwargs == {"tag": tag})
del obj, func, args, kwargs
del res
print("object freed, finalizer ran:", log, fin.alive)
print("args released:", rc(handle), rc(tag))
print("calling it again:", fin())

# detach: the finalizer no longer runs, the caller gets the references back
res2 = Resource("r2")
fin2 = weakref.finalize(res2, cleanup, handle, tag="second")
print("second finalizer holds handle:", rc(handle))
detached = fin2.detach()
print("detached:", detached[0] is res2, detached[2], fin2.alive, fin2.detach())
del detached
print("after detach and drop:", rc(handle))
del res2
print("log unchanged:", log)

# calling a finalizer directly runs it once, while the object lives on
res3 = Resource("r3")
fin3 = weakref.finalize(res3, cleanup, {"id": 3}, tag="manual")
print("manual call:", fin3(), fin3.alive, fin3())
del res3
print("log:", log)

# the mistake: the callback's arguments hold the object itself
res4 = Resource("r4")
fin4 = weakref.finalize(res4, log.append, res4)
r4 = weakref.ref(res4)
del res4
print("kept alive by its own finalizer:", r4() is not None, fin4.alive)
fin4.atexit = False
print("atexit flag off:", fin4.atexit)
fin4()
print("run by hand: the object moved into the log:", r4() is log[-1], log[-1].name)
