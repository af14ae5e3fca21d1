# get_object_traceback for objects created on known lines, with start(nframe) deep tracebacks.
import tracemalloc

tracemalloc.start(4)

class Rec:
    __slots__ = ("a", "b")

def build():
    lst = [1, 2, 3]
    d = {"k": [0]}
    r = Rec()
    s = "y" * 1000
    return lst, d, r, s

def outer():
    return build()

objs = outer()
for o in objs:
    tb = tracemalloc.get_object_traceback(o)
    print(type(o).__name__, None if tb is None else [f.lineno for f in tb])
print("small int:", tracemalloc.get_object_traceback(5))
print("limit:", tracemalloc.get_traceback_limit())
tb = tracemalloc.get_object_traceback(objs[0])
print(len(tb), tb[0].filename == __file__)
print(tb.format(limit=1))
print(len(tb.format(most_recent_first=True)))
tracemalloc.stop()
print("stopped:", tracemalloc.get_object_traceback(objs[0]))
try:
    tracemalloc.start(0)
except ValueError as e:
    print("ValueError:", e)
