# The simple types: sizes and alignments as CPython's on x86-64, values and reprs, C's wrap-around
# on overflow, the aliases, and the TypeErrors of each conversion.
import ctypes
import sys

names = ["c_bool", "c_char", "c_wchar", "c_byte", "c_ubyte", "c_short", "c_ushort", "c_int", "c_uint",
         "c_long", "c_ulong", "c_longlong", "c_ulonglong", "c_size_t", "c_ssize_t", "c_float", "c_double",
         "c_longdouble", "c_int8", "c_uint8", "c_int16", "c_uint16", "c_int32", "c_uint32", "c_int64",
         "c_uint64", "c_char_p", "c_wchar_p", "c_void_p", "py_object"]
for name in names:
    t = getattr(ctypes, name)
    print(f"{name:12} {t.__name__:12} size {ctypes.sizeof(t):2} align {ctypes.alignment(t):2} _type_ {t._type_!r}")

print(ctypes.c_int(5), ctypes.c_uint(-1), ctypes.c_byte(200), ctypes.c_ubyte(-1), ctypes.c_short(70000))
print(ctypes.c_long(2 ** 63), ctypes.c_ulong(-1), ctypes.c_longlong(2 ** 64 + 7), ctypes.c_int8(-129))
print(ctypes.c_bool(2), ctypes.c_bool([]), ctypes.c_char(b"x"), ctypes.c_char(66), ctypes.c_wchar("\u20ac"))
print(ctypes.c_float(0.1), ctypes.c_double(0.1), ctypes.c_longdouble(0.1), ctypes.c_float(1e40), ctypes.c_double(7))
print(ctypes.c_void_p(), ctypes.c_void_p(16), ctypes.c_void_p(-1), ctypes.py_object(), ctypes.py_object([1, "a"]))
print(ctypes.c_int(), ctypes.c_double(), ctypes.c_char(), ctypes.c_bool(), ctypes.c_wchar())
print("char_p value:", ctypes.c_char_p(b"bytes here").value, ctypes.c_char_p().value)
print("wchar_p value:", ctypes.c_wchar_p("text \u20ac").value, ctypes.c_wchar_p(None).value)

x = ctypes.c_int(1)
x.value = 2 ** 32 + 3
print("set value wraps:", x.value)
x.value = True
print("bool into int:", x)
print("truth:", bool(ctypes.c_int(0)), bool(ctypes.c_int(3)), bool(ctypes.c_double(0.0)), bool(ctypes.c_void_p()))

for t, v in [(ctypes.c_int, 1.5), (ctypes.c_int, "1"), (ctypes.c_int, None), (ctypes.c_char, b"ab"),
             (ctypes.c_char, "a"), (ctypes.c_char, 256), (ctypes.c_wchar, 1), (ctypes.c_wchar, "ab"),
             (ctypes.c_double, "1"), (ctypes.c_float, None), (ctypes.c_void_p, 1.0), (ctypes.c_char_p, "str"),
             (ctypes.c_wchar_p, b"bytes")]:
    try:
        t(v)
    except TypeError as e:
        print(t.__name__, repr(v), "->", e)
try:
    ctypes.c_int(1, 2)
except TypeError as e:
    print("two arguments:", e)
try:
    ctypes.py_object().value
except ValueError as e:
    print("NULL py_object:", e)

o = [1, 2]
before = sys.getrefcount(o)
keeper = ctypes.py_object(o)
print("py_object holds a reference:", sys.getrefcount(o) - before, keeper._objects is o)
del keeper
print("released:", sys.getrefcount(o) - before)
print("sizeof an instance:", ctypes.sizeof(ctypes.c_short(1)), ctypes.sizeof(ctypes.c_longdouble()))
print("getsizeof:", sys.getsizeof(ctypes.c_int(1)), sys.getsizeof(ctypes.c_longdouble(1)), sys.getsizeof(ctypes.py_object(1)))
print("mro:", ctypes.c_int.__mro__, type(ctypes.c_int))
print("_b_needsfree_:", ctypes.c_int(1)._b_needsfree_, ctypes.c_int.from_address(id(o))._b_needsfree_)


class MyInt(ctypes.c_int):
    pass


print("subclass:", MyInt(3).value, repr(MyInt(3)).startswith("<MyInt object at"))
