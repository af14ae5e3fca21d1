# Pointers: POINTER(T) and pointer(), .contents and indexing, pointer arithmetic through cast and
# addresses, byref, memmove/memset/string_at on buffers, and what a pointer keeps alive.
import ctypes
import sys

IntPtr = ctypes.POINTER(ctypes.c_int)
print(IntPtr, IntPtr.__name__, ctypes.POINTER(ctypes.c_int) is IntPtr, ctypes.sizeof(IntPtr), type(IntPtr).__name__)
n = ctypes.c_int(42)
p = ctypes.pointer(n)
print("contents:", p.contents, p[0], "same memory:", ctypes.addressof(p.contents) == ctypes.addressof(n))
print("contents is a new object each time:", p.contents is p.contents)
p[0] = 7
print("written through the pointer:", n.value)
p.contents.value = 8
print("through contents:", n.value)
print("pointer keeps its target:", p._objects)
null = IntPtr()
print("NULL is false:", bool(null), "non-NULL is true:", bool(p))
for action in (lambda: null[0], lambda: null.contents):
    try:
        action()
    except ValueError as e:
        print("NULL:", e)
try:
    p.contents = 1
except TypeError as e:
    print("wrong type:", e)

arr = (ctypes.c_int * 6)(*range(10, 70, 10))
first = ctypes.cast(arr, IntPtr)
print("array as a pointer:", first[0], first[5], first[:6], first[1:6:2])
step = ctypes.sizeof(ctypes.c_int)
third = ctypes.cast(ctypes.addressof(arr) + 2 * step, IntPtr)
print("address arithmetic:", third[0], third[-1], third[1])
vp = ctypes.cast(arr, ctypes.c_void_p)
print("c_void_p holds the address:", vp.value == ctypes.addressof(arr))
back = ctypes.cast(vp.value + 4 * step, IntPtr)
print("and back:", back.contents.value)
print("cast keeps the source:", list(ctypes.cast(arr, IntPtr)._objects.values())[0] is arr)
as_bytes = ctypes.cast(arr, ctypes.POINTER(ctypes.c_ubyte))
print("bytes of the first item:", as_bytes[:4])

pp = ctypes.pointer(p)
print("pointer to pointer:", pp.contents.contents.value, pp[0][0])

src = ctypes.create_string_buffer(b"abcdefgh")
dst = ctypes.create_string_buffer(8)
ctypes.memmove(dst, src, 5)
print("memmove:", dst.raw)
ctypes.memset(ctypes.addressof(dst) + 1, ord("z"), 3)
print("memset:", dst.raw)
ctypes.memmove(ctypes.addressof(src) + 2, src, 4)
print("overlapping memmove:", src.raw)
print("string_at:", ctypes.string_at(src), ctypes.string_at(ctypes.addressof(src) + 3, 2))
print("returned address:", ctypes.memset(dst, 0, 8) == ctypes.addressof(dst), dst.raw)
w = ctypes.create_unicode_buffer("wide")
print("wstring_at:", ctypes.wstring_at(w), ctypes.wstring_at(ctypes.addressof(w) + 4, 2))

r = ctypes.byref(n)
print("byref:", type(r).__name__, r._obj is n)
try:
    ctypes.byref(5)
except TypeError as e:
    print("byref(5):", e)

lst = ["kept"]
before = sys.getrefcount(lst)
holder = ctypes.py_object(lst)
pointer_to = ctypes.pointer(holder)
del holder
print("the chain keeps the list:", sys.getrefcount(lst) - before, pointer_to.contents.value)
del pointer_to
print("all released:", sys.getrefcount(lst) - before)


class Node(ctypes.Structure):
    pass


Node._fields_ = [("value", ctypes.c_int), ("next", ctypes.POINTER(Node))]
a, b, c = Node(1), Node(2), Node(3)
a.next = ctypes.pointer(b)
b.next = ctypes.pointer(c)
walk, out = ctypes.pointer(a), []
while walk:
    out.append(walk.contents.value)
    walk = walk.contents.next
print("linked list:", out, ctypes.sizeof(Node))
