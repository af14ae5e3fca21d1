# bytes: 33 + len (a 32-byte header, the data and a NUL). bytearray: 56 + its allocated buffer.
import sys

for b in (b"", b"a", b"abc", bytes(100)):
    print("bytes", len(b), sys.getsizeof(b))
for b in (bytearray(), bytearray(b"a"), bytearray(b"abc"), bytearray(100)):
    print("bytearray", len(b), sys.getsizeof(b))
