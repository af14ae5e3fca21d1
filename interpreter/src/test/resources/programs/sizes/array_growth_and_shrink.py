# array.array's allocation as programs grow and shrink it: append over-allocates by
# (n >> 4) + (n < 8 ? 3 : 7) items as array_resize does (getsizeof shows the allocated bytes);
# a shrink by fewer than 16 items keeps the allocation (so pop never gives memory back), a
# del of a large slice reallocates; extend from an iterable appends, frombytes and fromlist
# resize; slicing, `*` and construction from bytes give exact sizes; the item size of each typecode.
import array
import sys

a = array.array("i")
base = sys.getsizeof(a)
print("empty", base, "itemsize", a.itemsize)
steps = []
last = base
for i in range(200):
    a.append(i)
    s = sys.getsizeof(a)
    if s != last:
        steps.append((len(a), (s - base) // a.itemsize))
        last = s
print("append: (len, allocated items)", steps)

shrink = []
while a:
    a.pop()
    s = sys.getsizeof(a)
    if s != last:
        shrink.append((len(a), (s - base) // a.itemsize))
        last = s
print("pop:", shrink)

b = array.array("d")
b.extend(range(10))
print("extend 10 doubles", sys.getsizeof(b) - base)
b.extend(range(3))
print("extend 3 more", sys.getsizeof(b) - base)
b.frombytes(bytes(8 * 5))
print("frombytes 5 doubles", len(b), sys.getsizeof(b) - base)
b.fromlist([1.0] * 7)
print("fromlist 7", len(b), sys.getsizeof(b) - base)
print("slice [:4]", sys.getsizeof(b[:4]) - base)
print("times 3", sys.getsizeof(array.array("b", b"xyz") * 3) - base)
print("from bytes", sys.getsizeof(array.array("B", bytes(100))) - base)
print("from range", sys.getsizeof(array.array("q", range(100))) - base)
del b[2:]
print("del b[2:]", len(b), sys.getsizeof(b) - base)
b.insert(0, 9.0)
print("insert", len(b), sys.getsizeof(b) - base)

for code in "bBuhHiIlLqQfd":
    x = array.array(code)
    print(code, x.itemsize, sys.getsizeof(x), end="; ")
print()
