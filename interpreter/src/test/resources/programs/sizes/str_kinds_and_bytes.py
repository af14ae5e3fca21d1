# str sizes for ASCII, Latin-1, UCS-2 and UCS-4 text
import sys
for s in ['', 'a', 'abc', 'é', 'éé', '€', '€€', '😀', '😀😀', 'a' * 100, 'ü' * 100]:
    print(repr(s[:3]), len(s), sys.getsizeof(s))
print(sys.getsizeof(b''), sys.getsizeof(b'abc'), sys.getsizeof(bytearray(b'abc')))
print(sys.getsizeof(bytearray()), sys.getsizeof(bytes(100)))
