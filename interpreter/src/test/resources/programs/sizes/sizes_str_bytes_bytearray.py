# getsizeof of str kinds, bytes and bytearray growth.
import sys
print([sys.getsizeof("a" * n) for n in (0, 1, 5, 100)])
print([sys.getsizeof("\u00e9" * n) for n in (1, 5)])
print([sys.getsizeof("\u20ac" * n) for n in (1, 5)], [sys.getsizeof("\U0001F600" * n) for n in (1, 5)])
print([sys.getsizeof(b"x" * n) for n in (0, 1, 10)])
ba = bytearray()
out = [sys.getsizeof(ba)]
for i in range(20):
    ba.append(i)
    out.append(sys.getsizeof(ba))
print(out)
