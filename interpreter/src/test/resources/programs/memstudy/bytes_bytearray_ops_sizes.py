# bytes and bytearray sizes through slicing, joins, and bytearray's in-place growth and shrinkage.
import sys

print("b'':", sys.getsizeof(b""), "b'a':", sys.getsizeof(b"a"), "b'ab':", sys.getsizeof(b"ab"))
for n in (0, 1, 7, 8, 9, 100):
    print(n, "bytes", sys.getsizeof(bytes(n)), "bytearray", sys.getsizeof(bytearray(n)))

ba = bytearray()
prev = sys.getsizeof(ba)
steps = []
for i in range(200):
    ba.append(i % 256)
    s = sys.getsizeof(ba)
    if s != prev:
        steps.append((len(ba), s))
        prev = s
print("append steps:", steps)
del ba[10:]
print("del [10:]:", len(ba), sys.getsizeof(ba))
ba.extend(b"x" * 50)
print("extend 50:", len(ba), sys.getsizeof(ba))
ba[:] = b""
print("ba[:] = b'':", sys.getsizeof(ba))
ba += b"hello"
print("+= hello:", sys.getsizeof(ba))
ba *= 10
print("*= 10:", len(ba), sys.getsizeof(ba))
print("copy:", sys.getsizeof(ba[:]), sys.getsizeof(bytearray(ba)), sys.getsizeof(bytes(ba)))
print("join:", sys.getsizeof(b"-".join([b"ab"] * 10)))
print("fromhex:", sys.getsizeof(bytes.fromhex("00ff" * 8)))
print("ljust:", sys.getsizeof(b"ab".ljust(30)))
print("zfill bytearray:", sys.getsizeof(bytearray(b"7").zfill(30)))
print("pop:", ba.pop(), len(ba), sys.getsizeof(ba))
ba.clear()
print("clear:", sys.getsizeof(ba))
