# array.array over-allocation for each type code as append, extend,
# frombytes and slice deletion change its length: the sizes and where they
# jump, with buffer_info's length and itemsize.
import array
import sys

for code in "bhidq":
    a = array.array(code)
    jumps = []
    last = sys.getsizeof(a)
    for i in range(60):
        a.append(i)
        s = sys.getsizeof(a)
        if s != last:
            jumps.append((len(a), s))
            last = s
    print(f"{code} itemsize={a.itemsize} empty={sys.getsizeof(array.array(code))} jumps={jumps}")

a = array.array("i", range(10))
print("from range(10):", sys.getsizeof(a), a.buffer_info()[1])
a.extend(range(10))
print("extend 10:", sys.getsizeof(a))
a.frombytes(bytes(4 * 5))
print("frombytes 5 items:", len(a), sys.getsizeof(a))
a.fromlist([1, 2, 3])
print("fromlist 3:", len(a), sys.getsizeof(a))
del a[:20]
print("del 20:", len(a), sys.getsizeof(a))
a *= 4
print("*= 4:", len(a), sys.getsizeof(a))
b = a * 2
print("a * 2:", len(b), sys.getsizeof(b))
c = a + b
print("a + b:", len(c), sys.getsizeof(c))
d = a[::2]
print("a[::2]:", len(d), sys.getsizeof(d))
e = array.array("d", [0.0]) * 100
print("d * 100:", sys.getsizeof(e))
while len(e) > 3:
    e.pop()
print("popped to 3:", sys.getsizeof(e))
f = array.array("u", "hello")
print("unicode array:", f.itemsize, sys.getsizeof(f))
g = array.array("b", b"\x01\x02")
print("from bytes:", sys.getsizeof(g), g.tolist())
try:
    array.array("i", [1]).frombytes(b"\x00\x00\x00")
except ValueError as err:
    print("ValueError:", err)
