# A nested function that refers to itself: function -> closure tuple -> cell -> function.
# refcount: expect collect_closure_cycle.refcount.out
import gc

def make():
    def inner():
        return inner
    return inner

gc.collect()
f = make()
print(f() is f, len(f.__closure__))
del f
print(gc.collect())
