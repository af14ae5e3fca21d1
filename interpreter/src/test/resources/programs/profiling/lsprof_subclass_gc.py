# Subclasses of _lsprof.Profiler and cProfile.Profile; what gc sees of a
# profiler; a dropped profiler is freed (weak references to a subclass's
# instances; the base type has none).
# refcount: expect lsprof_subclass_gc.refcount.out
import gc
import sys
import weakref
import _lsprof
import cProfile

ticks = [0]
def timer():
    ticks[0] += 10
    return ticks[0]

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

class Counting(cProfile.Profile):
    """A Profile that counts its enables."""
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.enables = 0

    def enable(self, *args, **kwargs):
        self.enables += 1
        return super().enable(*args, **kwargs)

c = Counting(timer, 0.5)
c.enable()
fib(5)
c.disable()
c.runcall(fib, 3)
print(c.enables, type(c).__mro__[1:])
for e in sorted(c.getstats(), key=lambda e: str(e.code)):
    name = e.code if isinstance(e.code, str) else e.code.co_name
    print(name, e.callcount, e.reccallcount, e.totaltime, e.inlinetime,
          None if e.calls is None else len(e.calls))
c.create_stats()
print(sorted((k[2], v[0], v[1]) for k, v in c.stats.items()))

class Direct(_lsprof.Profiler):
    __slots__ = ("tag",)

d = Direct(timer, 1.0, False)
d.tag = "t"
d.enable()
fib(3)
d.disable()
print(d.tag, [(e.callcount, e.calls) for e in d.getstats() if not isinstance(e.code, str)])

# gc: a profiler shows only its type (CPython's profiler_traverse)
p = _lsprof.Profiler(timer)
p.enable(); fib(2); p.disable()
print(gc.is_tracked(p), gc.get_referents(p))
class Plain(cProfile.Profile):
    pass
print(gc.get_referents(Plain()))
print(sys.getsizeof(p), p.__sizeof__())

try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)
try:
    p.attr = 1
except AttributeError as e:
    print("AttributeError:", e)

# an enabled profiler lives on in the hook; once disabled and dropped it goes
freed = []
w = Counting(timer)
r = weakref.ref(w, lambda ref: freed.append("freed"))
w.enable()
del w
fib(2)
print(r() is not None, sys.getprofile() is r(), freed)
r().disable()
print(freed, r())

# a cycle through the profiler's own attributes is collected
x = Counting(timer)
x.me = x
r = weakref.ref(x)
x.enable(); fib(2); x.disable()
del x
gc.collect()
print(r() is None)  # without a cycle collector the cycle stays
