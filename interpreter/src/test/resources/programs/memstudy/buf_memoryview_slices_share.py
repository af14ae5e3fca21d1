# memoryview slices share one buffer: writes show through every view, copies do not.
import sys

data = bytearray(range(16))
whole = memoryview(data)
left, right = whole[:8], whole[8:]
right[0] = 200
print("write through slice", data[8], whole[8])
copy_b = bytes(whole[8:12])
data[9] = 111
print("bytes() copy unchanged", copy_b[1], right[1])
print("slice of slice obj", right[2:4].obj is data, right.nbytes, right[::2].tolist())
print("contiguous", right.contiguous, right[::2].contiguous, right[::2].c_contiguous)
print("tobytes", whole[:4].tobytes(), whole[:4].hex())
ints = whole.cast("I")
print("cast to I", len(ints), ints.itemsize, ints.format)
ints[0] = 0x01020304
print("bytes after int write", list(data[:4]))
print("getsizeof view", sys.getsizeof(whole) == sys.getsizeof(ints))
mat = memoryview(bytearray(12)).cast("B", (3, 4))
print("shape", mat.shape, mat.strides, mat.ndim)
print("tolist", mat.tolist())
try:
    mat[0]
except NotImplementedError as e:
    print("NotImplementedError:", e)
print("equality", whole[:2] == bytes(data[:2]), memoryview(b"ab") == b"ab")
for v in (left, right, whole, ints, mat):
    v.release()
data.extend(b"..")
print("resized", len(data))
