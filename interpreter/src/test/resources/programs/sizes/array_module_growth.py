# array.array as a compact list of numbers: itemsize per typecode, getsizeof as it grows
# by append and extend, frombytes/tobytes, and buffer_info's length.
import array
import sys

for code in "bBhHiIlLqQfd":
    a = array.array(code, [1, 2, 3])
    print(code, a.itemsize, sys.getsizeof(a), len(a.tobytes()))

a = array.array("d")
sizes = []
for i in range(40):
    a.append(float(i))
    sizes.append(sys.getsizeof(a))
steps = [(i + 1, s) for i, s in enumerate(sizes) if i == 0 or s != sizes[i - 1]]
print("growth steps:", steps)
b = array.array("i")
b.extend(range(1000))
print("extend 1000:", sys.getsizeof(b), b.buffer_info()[1])
b.frombytes(bytes(40))
print("frombytes 40:", len(b), sys.getsizeof(b))
del b[500:]
print("del half:", len(b), sys.getsizeof(b))
lst = list(range(1000))
arr = array.array("q", range(1000))
print("list vs array:", sys.getsizeof(lst) + sum(sys.getsizeof(x) for x in lst[300:]), sys.getsizeof(arr))
u = array.array("u", "hello")
print("unicode array:", u.itemsize, sys.getsizeof(u), u.tounicode())
c = array.array("b", b"\x01\x02")
c *= 3
print(c, sys.getsizeof(c))
try:
    array.array("b", [200])
except OverflowError as e:
    print("OverflowError:", e)
try:
    array.array("z")
except ValueError as e:
    print("ValueError:", e)
print(array.array("i", range(3)) == array.array("l", range(3)))
