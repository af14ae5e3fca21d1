# array.array vs list memory, and memoryview's nbytes/itemsize.
import array
import sys

nums = list(range(1000))
arr = array.array('i', nums)
print("list of 1000 ints:", sys.getsizeof(nums))
print("array('i') of 1000:", sys.getsizeof(arr))
print("itemsize:", arr.itemsize, "buffer_info length:", arr.buffer_info()[1])
for code in "bBhHiIlLqQfd":
    a = array.array(code, [1, 2, 3])
    print(code, a.itemsize, sys.getsizeof(a))
empty = array.array('d')
print("empty array:", sys.getsizeof(empty))
last = sys.getsizeof(empty)
for i in range(40):
    empty.append(float(i))
    if sys.getsizeof(empty) != last:
        last = sys.getsizeof(empty)
        print("  append", len(empty), last)

buf = bytearray(b"abcdefghij")
mv = memoryview(buf)
print("memoryview:", mv.nbytes, mv.itemsize, mv.format, mv.ndim, mv.shape, mv.strides, mv.readonly)
print("slice nbytes:", mv[2:5].nbytes, bytes(mv[2:5]))
mv[0] = ord("A")
print("write through:", buf[:3])
ints = memoryview(array.array('i', [1, 2, 3, 4]))
print("int view:", ints.format, ints.itemsize, ints.nbytes, ints.tolist())
cast = ints.cast('B')
print("cast to bytes:", cast.nbytes, len(cast), cast.format)
shaped = memoryview(bytes(range(12))).cast('B', shape=[3, 4])
print("2-D:", shaped.shape, shaped.strides, shaped.tolist()[1])
print("getsizeof(memoryview):", sys.getsizeof(mv))
print("contiguous:", mv.contiguous, mv.c_contiguous, mv.f_contiguous)
print("obj is buf:", mv.obj is buf)
mv.release()
try:
    len(mv)
except ValueError as e:
    print("ValueError:", e)
try:
    buf.append(1)
    print("append after release ok:", len(buf))
except BufferError as e:
    print("BufferError:", e)
mv2 = memoryview(buf)
try:
    buf.append(2)
except BufferError as e:
    print("BufferError:", e)
with memoryview(b"xyz") as m:
    print("in with:", m.tobytes(), m.hex())
print("released:", m.__repr__().startswith("<released memory"))
