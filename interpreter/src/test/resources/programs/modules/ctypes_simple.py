# ctypes as programs about memory use it: the simple types' reprs, values, sizes and errors; from_address
# reading a reference count live; cast(id(x), py_object); py_object holding a reference.
import ctypes, sys
x = [1]
print(sys.getsizeof(ctypes.c_long(5)), repr(ctypes.c_long(5)), repr(ctypes.c_int(-3)), repr(ctypes.c_void_p(None)), repr(ctypes.c_void_p(16)), ctypes.c_void_p(None).value)
print(repr(ctypes.py_object(x)), repr(ctypes.py_object()), ctypes.sizeof(ctypes.c_long), ctypes.sizeof(ctypes.c_int(1)), ctypes.sizeof(ctypes.py_object), ctypes.c_ssize_t, ctypes.c_long, ctypes.c_int64)
for f in [lambda: ctypes.py_object().value, lambda: ctypes.c_long.from_address('a'), lambda: ctypes.sizeof(3), lambda: ctypes.c_long(1.5)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
c = ctypes.c_long.from_address(id(x))
print(c.value, sys.getrefcount(x))
y = x
print(c.value)
del y
print(c.value, ctypes.c_ssize_t.from_address(id(x)).value)
print(ctypes.c_long(2**63-1).value, ctypes.c_int(2**33+5).value, ctypes.c_ulong(-1).value)
print(ctypes.cast(id(x), ctypes.py_object).value is x, sys.getrefcount(x), ctypes.c_size_t, ctypes.c_uint64)
v = ctypes.c_int(7)
v.value = 9
print(v.value, v, ctypes.c_void_p.from_address(id(x) + 8).value == id(list))
p = ctypes.py_object(x)
print(sys.getrefcount(x), p.value is x)
del p
print(sys.getrefcount(x))
