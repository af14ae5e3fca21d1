# What ctypes refuses, with CPython's exception types and messages: bad _fields_, bit fields,
# abstract classes, sizes of non-types, array bounds and lengths, wrong field values, casts.
import ctypes


def attempt(label, action):
    try:
        result = action()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {result!r}")


class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int)]


def make(fields, **extra):
    return type(ctypes.Structure)("S", (ctypes.Structure,), dict(extra, _fields_=fields))


attempt("not a C type", lambda: make([("a", int)]))
attempt("not a pair", lambda: make([("a",)]))
attempt("name not str", lambda: make([(1, ctypes.c_int)]))
attempt("bits on double", lambda: make([("a", ctypes.c_double, 3)]))
attempt("bits on char", lambda: make([("a", ctypes.c_char, 3)]))
attempt("zero bits", lambda: make([("a", ctypes.c_int, 0)]))
attempt("too many bits", lambda: make([("a", ctypes.c_short, 17)]))
attempt("negative _pack_", lambda: make([("a", ctypes.c_int)], _pack_=-1))
attempt("anonymous not a field", lambda: make([("a", ctypes.c_int)], _anonymous_=("b",)))


attempt("too many initializers", lambda: Point(1, 2, 3))
attempt("duplicate", lambda: Point(1, x=2))
attempt("keyword", lambda: (Point(y=5).x, Point(y=5).y))
attempt("wrong value type", lambda: Point("a"))
attempt("struct into struct field", lambda: setattr(make([("p", Point)])(), "p", ctypes.c_int(1)))
attempt("tuple into struct field", lambda: make([("p", Point)])((1, 2)).p.y)
attempt("abstract Structure", lambda: ctypes.Structure())
attempt("abstract simple", lambda: ctypes._SimpleCData())
attempt("abstract Array", lambda: ctypes.Array())
attempt("empty structure", lambda: ctypes.sizeof(make([])))
attempt("sizeof(3)", lambda: ctypes.sizeof(3))
attempt("sizeof(int)", lambda: ctypes.sizeof(int))
attempt("alignment(3)", lambda: ctypes.alignment(3))
attempt("addressof(3)", lambda: ctypes.addressof(3))
attempt("POINTER(3)", lambda: ctypes.POINTER(3))
attempt("pointer(3)", lambda: ctypes.pointer(3))
attempt("from_address('a')", lambda: ctypes.c_int.from_address("a"))
attempt("cast to c_int", lambda: ctypes.cast(1, ctypes.c_int))
attempt("cast a structure", lambda: ctypes.cast(Point(), ctypes.c_void_p))
attempt("negative length", lambda: ctypes.c_int * -1)
attempt("float length", lambda: ctypes.c_int * 1.5)
arr = (ctypes.c_int * 3)()
attempt("index 3", lambda: arr[3])
attempt("index -4", lambda: arr[-4])
attempt("index 'a'", lambda: arr["a"])
attempt("slice of another size", lambda: arr.__setitem__(slice(0, 2), [1, 2, 3]))
attempt("too many items", lambda: (ctypes.c_int * 2)(1, 2, 3))
attempt("delete item", lambda: arr.__delitem__(0))
attempt("from_buffer of bytes", lambda: ctypes.c_int.from_buffer(b"abcd"))
attempt("from_buffer too small", lambda: ctypes.c_int.from_buffer(bytearray(2)))
attempt("from_buffer negative offset", lambda: ctypes.c_int.from_buffer(bytearray(8), -1))
attempt("from_buffer_copy too small", lambda: Point.from_buffer_copy(b"abc"))
attempt("from_buffer_copy of str", lambda: Point.from_buffer_copy("abcdefgh"))
buf = ctypes.create_string_buffer(4)
attempt("value too long", lambda: setattr(buf, "value", b"abcde"))
attempt("raw too long", lambda: setattr(buf, "raw", b"abcde"))
attempt("char field too long", lambda: make([("s", ctypes.c_char * 2)])(b"abc"))
attempt("create_string_buffer(1.5)", lambda: ctypes.create_string_buffer(1.5))
attempt("unhashable", lambda: hash(ctypes.c_int(1)))
attempt("no _type_", lambda: type(ctypes.c_int)("T", (ctypes._SimpleCData,), {}))
attempt("bad _type_", lambda: type(ctypes.c_int)("T", (ctypes._SimpleCData,), {"_type_": "y"}))
attempt("array without _length_", lambda: type(ctypes.Array)("A", (ctypes.Array,), {"_type_": ctypes.c_int}))
Final = make([("a", ctypes.c_int)])


def refinal():
    Final._fields_ = [("z", ctypes.c_int)]


attempt("fields are final", refinal)
print("but the attribute was set:", Final._fields_, Final.a)
attempt("null pointer index", lambda: ctypes.POINTER(ctypes.c_int)()[0])
attempt("pointer slice without stop", lambda: ctypes.pointer(ctypes.c_int())[:])
