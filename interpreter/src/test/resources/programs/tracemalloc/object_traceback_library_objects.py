# collectors: generational refcount
# tracemalloc.get_object_traceback of the library's objects made while tracing: deque, array,
# partial, lru_cache wrapper, Struct, itertools objects and operator getters
# each name the line that made them (the lru_cache wrapper the line in functools.py that made it); objects made before tracing started have none; an object
# reused from a free list keeps the traceback of its first allocation only if that was traced.
import array
import collections
import functools
import gc
import itertools
import operator
import struct
import tracemalloc

early = collections.deque()
gc.collect()
tracemalloc.start()
objs = {
    "deque": collections.deque([1, 2]),
    "array": array.array("i", [1, 2]),
    "partial": functools.partial(print, 1),
    "lru_cache": functools.lru_cache(print),
    "Struct": struct.Struct("<i"),
    "count": itertools.count(),
    "chain": itertools.chain([1]),
    "attrgetter": operator.attrgetter("x"),
    "methodcaller": operator.methodcaller("m"),
}
for name, obj in objs.items():
    tb = tracemalloc.get_object_traceback(obj)
    if tb is None:
        print(f"{name:12}", None)
    elif tb[0].filename == __file__:
        print(f"{name:12}", "line", tb[0].lineno)
    else:  # made inside a library module written in Python: its file, not its line
        print(f"{name:12}", "in", tb[0].filename.rsplit("/", 1)[-1])
print("made before start", tracemalloc.get_object_traceback(early))
later = functools.partial(
    print,
    2,
)
print("multi-line call", tracemalloc.get_object_traceback(later)[0].lineno)
tracemalloc.stop()
print("after stop", tracemalloc.get_object_traceback(later))
