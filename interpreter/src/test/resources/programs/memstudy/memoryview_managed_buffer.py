# Memoryviews made from one another share one managed buffer (_PyManagedBufferObject) that holds
# the exporter once: slices, memoryview(view), cast and toreadonly add no reference to the
# bytearray; each memoryview made from the bytearray itself adds one. The exporter cannot resize
# until the last view of a managed buffer is released, whichever is released first; .obj is the
# exporter for every view and a ValueError once released; the managed buffer is what
# gc.get_referents shows (128 bytes, tracked until released).
import gc
import sys


def rc(obj):
    return sys.getrefcount(obj) - 2


ba = bytearray(b"0123456789abcdef")
print("alone:", rc(ba))
m = memoryview(ba)
print("one view:", rc(ba))
s = m[2:10]
c = m.cast("H")
r = m.toreadonly()
again = memoryview(m)
print("slice, cast, toreadonly, memoryview(view):", rc(ba))
print("obj is ba:", all(v.obj is ba for v in (m, s, c, r, again)))
mb = gc.get_referents(m)
print("referents:", [type(x).__name__ for x in mb], sys.getsizeof(mb[0]), gc.is_tracked(mb[0]))
print("shared:", all(gc.get_referents(v)[0] is mb[0] for v in (s, c, r, again)))
print("managed buffer refers to:", gc.get_referents(mb[0])[0] is ba)
second = memoryview(ba)
print("a second view of ba:", rc(ba), gc.get_referents(second)[0] is mb[0])
second.release()
print("second released:", rc(ba))
m.release()
print("first released, others alive:", rc(ba))
try:
    ba.append(1)
except BufferError as e:
    print("BufferError:", e)
try:
    m.obj
except ValueError as e:
    print("ValueError:", e)
print("slice still reads:", s.tobytes())
inner = memoryview(s)
import array
arr = array.array("b", s)
print("array from a view:", arr.tolist()[:3])
for v in (c, r, again, inner):
    v.release()
print("before the last:", rc(ba))
s.release()
print("all released:", rc(ba), gc.is_tracked(mb[0]))
ba.append(1)
print("resized:", len(ba))
del mb

# a with block on a view of a view, views released in any order
b = bytearray(b"xyz")
v = memoryview(b)
w = memoryview(v)
v2 = v[:]
print("views of b:", rc(b))
with memoryview(b) as tmp:
    print("with:", rc(b), tmp.obj is b)
print("after with:", rc(b))
with v2[1:] as inner:
    print("with on a slice:", rc(b), inner.tobytes())
v.release()
w.release()
print("v and w released:", rc(b))
del v2
print("v2 dropped:", rc(b))
