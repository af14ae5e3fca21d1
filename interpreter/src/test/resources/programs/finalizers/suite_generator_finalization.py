# From CPython's generator tests: a suspended generator is closed when it is freed (its finally
# runs, GeneratorExit is not caught by "except Exception"); one in a cycle with itself is closed
# by the collector with nothing left in gc.garbage; a finally block can keep its frame.
# refcount: expect suite_generator_finalization.refcount.out
import gc
import sys
import weakref

def f():
    try:
        yield
    finally:
        print("exiting")

g = f()
next(g)
del g
print("after del")

def f2():
    try:
        yield
    except Exception:
        print("except")
    finally:
        print("finally")

g = f2()
next(g)
del g

finalized = False
def gen():
    global finalized
    try:
        g = yield
        yield 1
    finally:
        finalized = True

g = gen()
next(g)
g.send(g)
print("refcount above 2:", sys.getrefcount(g) > 2, "finalized:", finalized)
del g
print("collect:", gc.collect())
print("finalized:", finalized, "garbage:", gc.garbage)

frame = None
def gen2():
    global frame
    try:
        yield
    finally:
        frame = sys._getframe()

g = gen2()
wr = weakref.ref(g)
next(g)
del g
print("generator gone:", wr() is None, "frame kept:", type(frame).__name__, frame.f_code.co_name)
del frame
print("collect:", gc.collect())
