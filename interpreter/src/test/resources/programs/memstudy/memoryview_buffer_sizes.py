# memoryview objects: one size whatever they view; slices, casts and release.
import sys
from array import array

data = bytearray(range(256)) * 4
mv = memoryview(data)
print("memoryview:", sys.getsizeof(mv), len(mv), mv.nbytes)
print("slice:", sys.getsizeof(mv[10:20]), mv[10:20].nbytes, mv[10:20].tobytes()[:4])
print("cast I:", sys.getsizeof(mv.cast("I")), len(mv.cast("I")), mv.cast("I").itemsize)
print("cast 2D:", mv.cast("B", (32, 32)).shape, mv.cast("B", (32, 32)).strides)
small = memoryview(b"ab")
print("of bytes:", sys.getsizeof(small), small.readonly, small.format)
arr = array("d", [1.0, 2.0, 3.0])
am = memoryview(arr)
print("of array d:", am.format, am.itemsize, am.nbytes, am.tolist())
am[1] = 9.5
print("wrote through:", arr)
print("obj is data:", mv.obj is data)
try:
    data.append(1)
except BufferError as e:
    print("BufferError:", e)
mv.release()
print("released:", repr(mv).startswith("<released memory at 0x"))
try:
    len(mv)
except ValueError as e:
    print("ValueError:", e)
data.append(1)
print("append after release ok:", len(data))
with memoryview(bytearray(16)) as m2:
    m2[0] = 255
    print("in with:", m2[0], sys.getsizeof(m2))
print("after with:", repr(m2).startswith("<released memory"))
print("toreadonly:", memoryview(bytearray(3)).toreadonly().readonly)
print("hex:", memoryview(b"\x01\x02").hex())
mm = memoryview(bytearray(b"abcdef"))
print("c_contiguous:", mm.c_contiguous, mm[::2].c_contiguous, mm[::2].tobytes())
