# bytearray and array.array growth: append, extend, slicing, and what resizes the buffer.
import sys
import array

ba = bytearray()
print("empty", sys.getsizeof(ba))
ba.extend(b"x" * 10)
print("extend 10", sys.getsizeof(ba))
ba += b"y" * 100
print("+= 100", sys.getsizeof(ba))
del ba[:50]
print("del front 50", sys.getsizeof(ba), len(ba))
ba[:] = b""
print("cleared by slice", sys.getsizeof(ba))
print("bytearray(100)", sys.getsizeof(bytearray(100)), "from bytes", sys.getsizeof(bytearray(b"abc")))
b2 = bytearray(b"abc") * 10
print("times 10", sys.getsizeof(b2))
b3 = bytearray(range(20))
print("from range", sys.getsizeof(b3))
b3.insert(0, 1)
print("insert", sys.getsizeof(b3))
b3.pop(); b3.pop()
print("pop", sys.getsizeof(b3))
b3.clear()
print("clear", sys.getsizeof(b3))
for code in "bhilqfd":
    a = array.array(code)
    sizes = [sys.getsizeof(a)]
    for i in range(20):
        a.append(1)
        if sys.getsizeof(a) != sizes[-1]:
            sizes.append(sys.getsizeof(a))
    print(code, sizes)
a = array.array("i", range(100))
print("array 100", sys.getsizeof(a))
a.extend(range(50))
print("extend 50", sys.getsizeof(a))
del a[10:]
print("del tail", sys.getsizeof(a))
print("frombytes", sys.getsizeof(array.array("b", b"\x01" * 33)))
u = array.array("u", "hello")
print("unicode array", sys.getsizeof(u), u.itemsize)
