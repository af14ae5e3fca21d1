# A small memoryview slice keeps its whole source buffer alive: its
# getsizeof is small but .obj is the big bytes; tobytes() and bytes() copy
# just the slice so the source can go; nbytes against the source's length.
import sys

def rc(obj):
    return sys.getrefcount(obj) - 1

big = bytes(1_000_000)
print("source:", sys.getsizeof(big), "refs:", rc(big))
header = memoryview(big)[:16]
print("slice view:", sys.getsizeof(header), "nbytes:", header.nbytes, "obj is big:", header.obj is big)
print("refs with a view:", rc(big))
views = [memoryview(big)[i:i + 4] for i in range(0, 40, 4)]
print("refs with ten more views:", rc(big))
del views
print("views dropped:", rc(big))
copy = header.tobytes()
print("tobytes copy:", sys.getsizeof(copy), type(copy).__name__)
copy2 = bytes(header)
print("bytes(view):", sys.getsizeof(copy2), copy2 == copy)
header.release()
print("after release:", rc(big))
ba = bytearray(b"0123456789")
v = memoryview(ba)[2:5]
v2 = v[1:]
print("view of a view:", v2.obj is ba, v2.tobytes(), rc(ba))
ba[3] = ord("X")
print("writes show through:", v.tobytes(), v2.tobytes())
with v, v2:
    pass
print("released by with:", rc(ba))
s = "text"
try:
    memoryview(s)
except TypeError as e:
    print("TypeError:", e)
arr = memoryview(b"abcdef")
print("iteration gives ints:", list(arr[:3]), "index:", arr[0], "slice equality:", arr[1:3] == b"bc")
