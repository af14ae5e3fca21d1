# A suspended generator whose frame holds the generator itself. The collector calls the generator's
# finalizer (close), which clears the frame and so frees the generator by refcounting before the
# collector counts it: gc.collect() returns 0 although the generator is gone.
# refcount: expect collect_generator_self.refcount.out
import gc
import weakref

def gen():
    me = yield 1
    yield 2

gc.collect()
g = gen()
next(g)
g.send(g)
w = weakref.ref(g)
del g
print("alive before collect:", w() is not None)
print("collected:", gc.collect())
print("alive after collect:", w() is not None)
