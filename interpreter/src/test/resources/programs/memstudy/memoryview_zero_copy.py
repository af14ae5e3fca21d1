# "Zero-copy slicing with memoryview": slices share memory, bytes slices copy.
import sys

data = bytes(range(256)) * 400
print("bytes size:", sys.getsizeof(data))
chunk = data[1000:2000]
print("bytes slice copies:", sys.getsizeof(chunk), chunk is data)
view = memoryview(data)
vchunk = view[1000:2000]
print("memoryview slice:", sys.getsizeof(vchunk), vchunk.nbytes, len(vchunk))
print("same content:", vchunk == chunk, vchunk.tobytes() == chunk)
print("view.obj is data:", vchunk.obj is data)
print("readonly:", view.readonly)
try:
    view[0] = 1
except TypeError as e:
    print("TypeError:", e)
buf = bytearray(b"hello world")
mv = memoryview(buf)
mv[6:] = b"WORLD"
print(buf)
print("step slice:", bytes(mv[::2]), mv[::2].contiguous, mv[::2].strides)
print("tolist:", mv[:5].tolist())
print("index:", mv[0], mv[-1])
print("hex:", mv[:3].hex(), mv[:3].hex(":"))
print("equal to bytes:", mv == b"hello WORLD")
h = memoryview(b"abc")
print("hash of readonly view:", hash(h) == hash(b"abc"))
try:
    hash(mv)
except ValueError as e:
    print("ValueError:", e)
print("nbytes of cast:", memoryview(bytearray(16)).cast("I").nbytes, len(memoryview(bytearray(16)).cast("I")))
try:
    memoryview(bytearray(15)).cast("I")
except TypeError as e:
    print("TypeError:", e)
