# weakref.finalize at interpreter exit against atexit.register: finalize installs its own atexit
# hook when the first finalizer is made, so functions registered before it run after every
# finalizer and those registered after run before (atexit is LIFO); the pending finalizers run
# newest first, only those with atexit True; a finalizer whose object died earlier ran then and
# not again; detach() and a call before exit remove it.
import atexit
import collections
import functools
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


def say(text):
    print(text)


atexit.register(say, "atexit registered before any finalize")
keep = []
for name in ("r1", "r2", "r3"):
    r = Resource(name)
    keep.append(r)
    weakref.finalize(r, say, f"finalize {name}")
atexit.register(say, "atexit registered after the finalizers")

quiet = Resource("quiet")
keep.append(quiet)
f_quiet = weakref.finalize(quiet, say, "finalize quiet (never printed)")
f_quiet.atexit = False

gone = Resource("gone")
weakref.finalize(gone, say, "finalize gone (ran at del)")
del gone

detached = Resource("detached")
keep.append(detached)
f_det = weakref.finalize(detached, say, "finalize detached (never printed)")
print("detach gives", f_det.detach()[2])

called = Resource("called")
keep.append(called)
f_called = weakref.finalize(called, say, "finalize called early")
f_called()
print("alive after call", f_called.alive)

d = collections.deque()
keep.append(d)
weakref.finalize(d, say, "finalize of a deque")
p = functools.partial(say)
keep.append(p)
weakref.finalize(p, say, "finalize of a partial")
print("main done")
