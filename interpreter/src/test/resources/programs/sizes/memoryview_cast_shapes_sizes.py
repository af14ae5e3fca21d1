# memoryview objects: getsizeof grows with the number of dimensions (shape,
# strides and suboffsets arrays live in the object), cast between formats and
# shapes, and what nbytes, itemsize, strides and contiguity report.
import array
import sys

buf = bytearray(range(24))
m = memoryview(buf)
print("1-d", sys.getsizeof(m), m.ndim, m.shape, m.strides, m.itemsize, m.nbytes, m.format)
m2 = m.cast("B", (4, 6))
print("2-d", sys.getsizeof(m2), m2.ndim, m2.shape, m2.strides)
m3 = m.cast("B", (2, 3, 4))
print("3-d", sys.getsizeof(m3), m3.shape, m3.strides, m3.tolist()[1][2])
mi = m.cast("i")
print("as int", mi.shape, mi.itemsize, mi.nbytes, mi.format, mi[0] == int.from_bytes(buf[:4], sys.byteorder))
mi2 = mi.cast("B").cast("i", (2, 3))
print("int 2-d", mi2.shape, mi2.strides, mi2.c_contiguous, mi2.f_contiguous, mi2.contiguous)
step = m[::2]
print("stepped", step.shape, step.strides, step.c_contiguous, step.contiguous, step.nbytes, len(step.tobytes()))
try:
    step.cast("i")
except TypeError as e:
    print("TypeError:", e)
try:
    m.cast("i", (5,))
except TypeError as e:
    print("TypeError:", e)
try:
    m2.cast("i")
except TypeError as e:
    print("TypeError:", e)
a = array.array("d", [1.5, 2.5, 3.5])
ma = memoryview(a)
print("array d", sys.getsizeof(ma), ma.format, ma.itemsize, ma.nbytes, ma.obj is a)
mb = ma.cast("B")
print("bytes view of doubles", len(mb), mb.nbytes, mb.obj is a)
mb[0:8] = memoryview(array.array("d", [9.0])).cast("B")
print("array changed through view", a[0])
ro = m.toreadonly()
print("readonly", ro.readonly, m.readonly, sys.getsizeof(ro))
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
print("hex", m[:4].hex(), m[:4].hex(":"), m[:6].hex("-", 2))
for v in (mb, ma, ro, step, m3, m2, mi2, mi):
    v.release()
m.release()
print("released", m.__repr__().startswith("<released memory"))
buf.append(99)
print("resized after release", len(buf))
