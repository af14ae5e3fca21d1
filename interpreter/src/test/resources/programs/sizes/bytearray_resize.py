# bytearray's buffer: exact for bytearray(n), bytearray(b'..') and lists; +1 per item from an iterator
# (appended one by one); deleting from the front moves the start without reallocating until it is
# less than half used; extend, +=, *= and clear grow and shrink it as PyByteArray_Resize does.
import sys

def size(b):
    return sys.getsizeof(b) - 56

print(size(bytearray(10)), size(bytearray(b"x" * 10)), size(bytearray([1] * 10)), size(bytearray(iter([1] * 10))),
      size(bytearray(range(10))), size(bytearray("abc", "ascii")), size(bytearray([1, True])))
y = bytearray(b"0123456789" * 3)
for step in range(6):
    del y[:4]
    print(len(y), size(y), y[:3])
z = bytearray(b"abc")
for n in (1, 2, 5, 30, 100):
    z.extend(b"x" * n)
    print(len(z), size(z))
z += b"y" * 500
print(len(z), size(z))
z *= 2
print(len(z), size(z))
del z[10:]
print(len(z), size(z))
del z[2]
print(len(z), size(z))
z.clear()
print(len(z), size(z))
w = bytearray(b"abcdefgh")
w.pop(0)
w.pop()
w.insert(0, 1)
print(w, size(w))
