# array, memoryview and bytearray sharing one buffer: writes through any view are
# seen by all, and resizing while a view is exported raises BufferError.
import array
import sys

ba = bytearray(b"hello world")
mv = memoryview(ba)
mv[0] = ord("H")
print(ba, mv.obj is ba, mv.nbytes, mv.readonly)
try:
    ba.append(33)
except BufferError as e:
    print("BufferError:", e)
try:
    ba.extend(b"!!")
except BufferError as e:
    print("BufferError:", e)
try:
    del ba[0]
except BufferError as e:
    print("BufferError:", e)
ba[0:5] = b"HELLO"
print("same-size slice assignment ok:", ba)
try:
    ba[0:5] = b"hi"
except BufferError as e:
    print("BufferError:", e)
sub = mv[6:]
mv.release()
try:
    ba.append(33)
except BufferError as e:
    print("still exported by the slice:", e)
sub.release()
ba.append(33)
print("after release:", ba)

arr = array.array("i", range(5))
view = memoryview(arr)
print(view.format, view.itemsize, view.shape, view.tolist())
view[2] = 99
print(arr)
try:
    arr.append(5)
except BufferError as e:
    print("array BufferError:", e)
with memoryview(arr) as v2:
    print("in with:", v2[1])
del view
arr.append(5)
print("appended:", arr)
cast = memoryview(bytearray(8)).cast("I")
cast[0] = 0x01020304
print(cast.obj[:4].hex(), cast.tolist())
b = bytes(range(10))
bv = memoryview(b)[2:8:2]
print(bv.tolist(), bv.contiguous, bv.strides, sys.getrefcount(b) > 2)
try:
    bv[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(repr(memoryview(b"x")).startswith("<memory at"), bytes(bv), bv.tobytes(), bv.hex())
