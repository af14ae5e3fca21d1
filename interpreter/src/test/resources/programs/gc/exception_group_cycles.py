# Exception groups as GC objects: tracked, their message and exceptions tuple as referents, a
# group returned from its handler freed without a collection, a group in a cycle freed by one;
# weak references to ExceptionGroup (a class with __weakref__) but not to BaseExceptionGroup
# refcount: expect exception_group_cycles.refcount.out
import gc, sys, weakref
gc.collect()
leaf = ValueError('leaf')
eg = ExceptionGroup('msg', [leaf])
print(gc.is_tracked(eg), [type(r).__name__ for r in gc.get_referents(eg)])
print(sys.getrefcount(leaf), eg.exceptions[0] is leaf)
r = weakref.ref(eg)
try:
    weakref.ref(BaseExceptionGroup('b', [KeyboardInterrupt()]))
except TypeError as e:
    print('TypeError:', e)
print(ExceptionGroup.__weakrefoffset__ > 0, BaseExceptionGroup.__weakrefoffset__)

def trap():
    try:
        raise ExceptionGroup('cycle', [KeyError('k')])
    except ExceptionGroup as e:
        return e  # the handler's name is cleared on the way out: no cycle holds the group
caught = trap()
ref = weakref.ref(caught)
del caught
print(ref() is not None)
print(gc.collect() > 0, ref())
del eg
print(r())

class Holder(ExceptionGroup):
    pass
h = Holder('h', [ValueError()])
h.me = h
hr = weakref.ref(h)
del h
print(hr() is not None, gc.collect(), hr())
