# bytes are sized exactly; bytearray over-allocates like a list.
import sys

for n in (0, 1, 2, 8, 16, 100):
    print(n, sys.getsizeof(bytes(n)), sys.getsizeof(bytearray(n)))

ba = bytearray()
last = sys.getsizeof(ba)
for i in range(120):
    ba.append(i % 256)
    s = sys.getsizeof(ba)
    if s != last:
        print("append ->", len(ba), s)
        last = s
ba2 = bytearray(b'abc')
ba2 += b'x' * len(ba2)
print("+=:", len(ba2), sys.getsizeof(ba2))
ba2.extend(b'hello world')
print("extend:", len(ba2), sys.getsizeof(ba2))
del ba2[:]
print("del [:]:", len(ba2), sys.getsizeof(ba2))
b = b'abc'
for _ in range(3):
    b = b + b
    print("bytes concat:", len(b), sys.getsizeof(b))
print(bytearray(b'hello').__alloc__(), bytearray().__alloc__())
