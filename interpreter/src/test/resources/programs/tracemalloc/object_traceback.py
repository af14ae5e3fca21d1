# get_object_traceback names where a traced object was allocated: the innermost frame prints,
# format() lists the frames oldest first with their source lines. An object allocated before
# tracing started, or recycled from a free list filled before, has no traceback: gc.collect()
# empties the free lists first.
import gc
import tracemalloc

def inner():
    return [1, 2, 3]

def outer():
    return inner()

early = object.__new__(type("Early", (), {}))
gc.collect()
tracemalloc.start(4)
obj = outer()
tb = tracemalloc.get_object_traceback(obj)
print(tb)
print(len(tb), [f.lineno for f in tb])
for line in tb.format():
    print(line)
print(tb.format(limit=1, most_recent_first=True))
print(tracemalloc.get_object_traceback(early), tracemalloc.get_object_traceback(42))
tracemalloc.stop()
