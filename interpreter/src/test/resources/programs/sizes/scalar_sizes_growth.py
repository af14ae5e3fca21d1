# sys.getsizeof of str, bytes, tuple and int as they grow
import sys
print([sys.getsizeof("a" * n) for n in (0, 1, 2, 10, 100)])
print([sys.getsizeof("é" * n) for n in (1, 2, 10)], [sys.getsizeof("€" * n) for n in (1, 10)], sys.getsizeof("😀"))
print([sys.getsizeof(b"x" * n) for n in (0, 1, 2, 10)])
print([sys.getsizeof(tuple(range(n))) for n in (0, 1, 2, 10)])
print([sys.getsizeof(2 ** n) for n in (0, 29, 30, 59, 60, 90, 1000)])
print(sys.getsizeof(0), sys.getsizeof(-1), sys.getsizeof(True), sys.getsizeof(1.5), sys.getsizeof(1j))
print(sys.getsizeof("ab" + "cd"), sys.getsizeof("x" + "é"), sys.getsizeof(str(12345)))
print(sys.getsizeof(bytearray(b"abc")), sys.getsizeof(bytearray()), sys.getsizeof(bytearray(100)))
ba = bytearray()
sizes = []
for i in range(20):
    ba.append(i)
    sizes.append(sys.getsizeof(ba))
print(sizes)
