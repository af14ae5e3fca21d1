# collectors: generational marksweep
# io.BytesIO and io.StringIO as containers: tracked from birth, traversing only their __dict__ (so
# a cycle through an attribute is collected, with the stream's buffer), the accumulating StringIO's
# list of written strs tracked on its own; weak references to both die with the cycle; gc.collect()
# counts what CPython's collector finds.
import gc
import io
import weakref

gc.collect()
b = io.BytesIO(b"data")
s = io.StringIO("text")
print(gc.is_tracked(b), gc.is_tracked(s))
print(gc.get_referents(b) == [], gc.get_referents(s) == [])
b.me = b
s.me = s
print(len(gc.get_referents(b)), len(gc.get_referents(s)))
rb, rs = weakref.ref(b), weakref.ref(s)
del b, s
print("collected", gc.collect(), rb(), rs())


class Node:
    pass


n = Node()
n.stream = io.StringIO()
n.stream.write("payload")
n.stream.owner = n
r = weakref.ref(n.stream)
del n
print("collected", gc.collect(), r())
before = len(gc.get_objects())
w = io.StringIO()
w.write("x")
after = len(gc.get_objects())
print("objects added by StringIO():", after - before)
w.getvalue()
w.seek(0)
w.write("y")
print("after realizing:", len(gc.get_objects()) - before)
