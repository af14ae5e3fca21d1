# _lsprof.Profiler is its own profile function: sys.getprofile() returns the
# profiler while it is enabled, and the thread holds one reference to it.
import sys
import _lsprof
import cProfile

p = _lsprof.Profiler()
print("before", sys.getrefcount(p), sys.getprofile())
p.enable()
print("during", sys.getrefcount(p), sys.getprofile() is p, type(sys.getprofile()).__name__)
p.enable()  # enabling again keeps one reference
print("again", sys.getrefcount(p))
p.disable()
print("after", sys.getrefcount(p), sys.getprofile())
p.disable()  # disabling twice is harmless
print("twice", sys.getrefcount(p))

# inside cProfile's runcall the hook is the Profile object
def probe():
    hook = sys.getprofile()
    return hook is prof, type(hook).__name__, isinstance(hook, _lsprof.Profiler)

prof = cProfile.Profile()
print("runcall", prof.runcall(probe))
print("after runcall", sys.getprofile())

with cProfile.Profile() as q:
    inside = sys.getprofile() is q
    rc = sys.getrefcount(q)
print("with", inside, rc, sys.getrefcount(q), sys.getprofile())

# a profile function set by Python is what sys.getprofile() returns, as before
def f(frame, event, arg):
    pass
sys.setprofile(f)
print(sys.getprofile() is f)
sys.setprofile(None)

# the profiler is not callable: set through sys.setprofile it fails on the first event
sys.setprofile(p)
try:
    len("x")
except TypeError as e:
    print("TypeError:", e)
print(sys.getprofile())

# enabled profilers in the refcount of their type's instances
r = [_lsprof.Profiler() for i in range(3)]
print([sys.getrefcount(x) for x in r])
r[1].enable()
print([sys.getrefcount(x) for x in r])
r[2].enable()
print([sys.getrefcount(x) for x in r], sys.getprofile() is r[2])
r[0].disable()  # any profiler's disable() unsets the thread's profile function
print([sys.getrefcount(x) for x in r], sys.getprofile())
