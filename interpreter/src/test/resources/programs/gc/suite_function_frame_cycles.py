# From CPython's gc tests: a function defined by exec in a dict refers back to that dict through
# __globals__ (2 objects), and a frame stored in one of its own locals is a cycle (1 object).
# refcount: expect suite_function_frame_cycles.refcount.out
import gc
import sys

d = {}
exec("def f(): pass\n", d)
gc.collect()
del d
print("exec'd function and its globals:", gc.collect())

def f():
    frame = sys._getframe()

gc.collect()
f()
print("frame in its own local:", gc.collect())

def g():
    frame = sys._getframe()
    x = [frame]
    return len(x)

gc.collect()
g()
print("frame and a list of it:", gc.collect())
