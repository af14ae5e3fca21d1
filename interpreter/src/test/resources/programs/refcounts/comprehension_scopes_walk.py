# Refcounts seen from inside list, set, dict comprehensions and generator expressions (3.11 frames).
import sys

obj = object()
print("global", sys.getrefcount(obj))
print("list comp", [sys.getrefcount(obj) for _ in range(1)])
print("list comp over it", [sys.getrefcount(x) for x in [obj]])
print("set comp", {sys.getrefcount(obj) for _ in range(1)})
print("dict comp", {k: sys.getrefcount(obj) for k in "a"})
print("genexp", list(sys.getrefcount(x) for x in (obj,)))
def in_function(o):
    return [sys.getrefcount(o) for _ in range(1)]
print("comp in function", in_function(obj))
def nested(o):
    return [[sys.getrefcount(o) for _ in range(1)] for _ in range(1)]
print("nested comp", nested(obj))
items = [obj, obj]
print("comp keeps items", [sys.getrefcount(x) for x in items])
g = (x for x in items)
print("genexp made", sys.getrefcount(items))
next(g)
print("genexp started", sys.getrefcount(obj))
del g
print("end", sys.getrefcount(obj), sys.getrefcount(items))
