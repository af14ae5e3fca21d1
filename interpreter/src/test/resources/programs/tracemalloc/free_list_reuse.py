# An object taken from a free list is traced where it is made again (_Py_NewReference while tracing):
# the list freed by `del` comes back for the next [..] display, which tracemalloc now places on that
# line; a list made from the free list before tracing started stays untraced.
import gc
import tracemalloc

def make():
    made = [0]
    return made

gc.collect()
tracemalloc.start(2)
first = make()
address = id(first)
print(tracemalloc.get_object_traceback(first).format())
del first
again = [1]
print(id(again) == address, tracemalloc.get_object_traceback(again).format())
f = 1.5 * address
g = f + 1.0
del f
h = g * 2.0
print(tracemalloc.get_object_traceback(h).format())
tracemalloc.stop()
