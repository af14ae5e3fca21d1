# Reading an object's header with ctypes at fixed offsets: ob_refcnt, ob_type,
# ob_size and a list's allocated slot count while it grows and shrinks.
import ctypes
import sys

def field(obj, index):
    return ctypes.c_ssize_t.from_address(id(obj) + index * 8).value

lst = []
print("type matches:", field(lst, 1) == id(list))
rows = []
for i in range(20):
    lst.append(i)
    rows.append((len(lst), field(lst, 2), field(lst, 4)))
changes = [r for i, r in enumerate(rows) if i == 0 or r[2] != rows[i - 1][2]]
print("len, ob_size, allocated:", changes)
while len(lst) > 2:
    lst.pop()
print("after pops:", field(lst, 2), field(lst, 4))
lst.clear()
print("after clear:", field(lst, 2), field(lst, 4))

t = (1, 2, 3, 4)
print("tuple ob_size:", field(t, 2))
x = object()
before = field(x, 0)
alias = [x, x, x]
print("refcount grew by:", field(x, 0) - before, sys.getrefcount(x) - 1 == field(x, 0))
i = 2 ** 100
print("int ob_size (digits):", field(i, 2), field(-i, 2), field(0, 2), field(1, 2))
b = b"abcdef"
print("bytes ob_size:", field(b, 2))
ba = bytearray(b"abc")
print("bytearray ob_size:", field(ba, 2), "alloc:", field(ba, 3))
ba.extend(b"x" * 10)
print("bytearray after extend:", field(ba, 2), field(ba, 3))
class C:
    pass
print("instance type:", field(C(), 1) == id(C))
print("float value:", ctypes.c_double.from_address(id(2.5) + 16).value)
