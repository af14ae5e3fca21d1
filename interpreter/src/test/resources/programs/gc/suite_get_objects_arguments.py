# From CPython's gc tests: get_objects() and get_objects(generation=None) list the same objects;
# a generation outside 0..2 is a ValueError, a non-int a TypeError.
import gc

gc.collect()
gc.get_objects()
n1 = len(gc.get_objects(generation=None))
n2 = len(gc.get_objects())
print(n1 == n2)
for arg in (1000, -1000, 3, -1, "1", 1.234):
    try:
        gc.get_objects(arg)
        print(repr(arg), "accepted")
    except (ValueError, TypeError) as e:
        print(repr(arg), type(e).__name__, e)
try:
    gc.get_objects(generation="x")
except TypeError as e:
    print("keyword:", e)
try:
    gc.get_objects(1, 2)
except TypeError as e:
    print("two:", e)
