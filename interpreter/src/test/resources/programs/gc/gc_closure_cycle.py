# A closure referring to itself through its cell is a cycle.
# refcount: expect gc_closure_cycle.refcount.out
import gc
gc.collect()
def make():
    def inner():
        return inner
    return inner
f = make()
print(len(f.__closure__), f.__closure__[0].cell_contents is f)
del f
print(gc.collect())
