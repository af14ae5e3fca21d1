# Where a ctypes instance keeps its value: inside the object up to 16 bytes, in a separate block
# beyond; what sys.getsizeof and tracemalloc see of each; _b_base_, _b_needsfree_ and _objects.
import ctypes
import sys
import tracemalloc


class Small(ctypes.Structure):
    _fields_ = [("a", ctypes.c_long), ("b", ctypes.c_long)]


class Big(ctypes.Structure):
    _fields_ = [("a", ctypes.c_long), ("b", ctypes.c_long), ("c", ctypes.c_long)]


for obj in (ctypes.c_char(), ctypes.c_double(), Small(), Big(), (ctypes.c_int * 4)(), (ctypes.c_int * 5)(),
            (ctypes.c_char * 1000)(), ctypes.pointer(ctypes.c_int())):
    inside = id(obj) <= ctypes.addressof(obj) < id(obj) + sys.getsizeof(obj)
    print(f"{type(obj).__name__:16} sizeof {ctypes.sizeof(obj):4} getsizeof {sys.getsizeof(obj)} value inside the object: {inside}")

Buffer = ctypes.c_char * 4000
small = [None] * 100
big = [None] * 10
warm = Small(), Buffer()
tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
for i in range(100):
    small[i] = Small()
mid = tracemalloc.get_traced_memory()[0]
for i in range(10):
    big[i] = Buffer()
end = tracemalloc.get_traced_memory()[0]
print("100 small structures, about one object's 136 bytes each:", 136 <= (mid - base) / 100 < 150)
print("10 buffers of 4000 bytes, the object and its block each:", 4136 <= (end - mid) / 10 < 4200)
big[:] = [None] * 10
print("the blocks freed with their objects:", tracemalloc.get_traced_memory()[0] - mid < 1000)
tracemalloc.stop()

outer = Big(1, 2, 3)
field = Big.b
print("field descriptor:", field, field.offset, field.size)
inner = (ctypes.c_long * 3).from_address(ctypes.addressof(outer))
print("view of the same memory:", inner[:], inner._b_needsfree_, inner._b_base_)


class Holder(ctypes.Structure):
    _fields_ = [("point", Small), ("items", ctypes.c_int * 3), ("obj", ctypes.py_object), ("text", ctypes.c_char_p)]


h = Holder()
part = h.point
print("a nested field is a view:", part._b_base_ is h, part._b_needsfree_, ctypes.addressof(part) == ctypes.addressof(h))
part.a = 11
print("writing the view writes the structure:", h.point.a)
print("items view:", h.items._b_base_ is h, ctypes.addressof(h.items) - ctypes.addressof(h))
print("_objects before:", h._objects)
value = ["x"]
h.obj = value
h.text = b"text"
print("_objects after:", h._objects)
print("read back:", h.obj is value, h.text)
print("the view holds its base:", sys.getrefcount(h) > 2)
print("sizes:", ctypes.sizeof(Holder), ctypes.sizeof(h.items), len(h.items))
print("resize:", ctypes.sizeof(ctypes.c_int()), end=" ")
r = ctypes.c_int(5)
ctypes.resize(r, 32)
print(ctypes.sizeof(r), r.value)
for bad in (lambda: ctypes.resize(r, 2), lambda: ctypes.resize(inner, 64)):
    try:
        bad()
    except ValueError as e:
        print("resize:", e)
