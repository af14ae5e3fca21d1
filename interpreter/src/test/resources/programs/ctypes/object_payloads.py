# The payload of built-in objects read with ctypes over id(x): a float's ob_fval, an int's 30-bit
# digits, a tuple's items through POINTER(py_object), a str's length/hash/state fields, bytes' ob_shash.
import ctypes
import sys


class PyFloatObject(ctypes.Structure):
    _fields_ = [("ob_refcnt", ctypes.c_ssize_t), ("ob_type", ctypes.c_void_p), ("ob_fval", ctypes.c_double)]


for f in (0.0, -1.5, 3.141592653589793, 1e300, float("inf")):
    print("ob_fval of", f, "=", PyFloatObject.from_address(id(f)).ob_fval)
print("c_double at id + 16:", ctypes.c_double.from_address(id(2.75) + 16).value)


def digits(n):
    size = ctypes.c_ssize_t.from_address(id(n) + 16).value
    return size, list((ctypes.c_uint32 * abs(size)).from_address(id(n) + 24))


for n in (0, 1, 2 ** 30 - 1, 2 ** 30, -(2 ** 60) - 5, 10 ** 20):
    size, ds = digits(n)
    back = sum(d << (30 * i) for i, d in enumerate(ds))
    print("int", n, "ob_size", size, "digits", ds, "rebuilt:", (-back if size < 0 else back) == n)

t = ("a", 2, None, (3,))
items = ctypes.cast(id(t) + 24, ctypes.POINTER(ctypes.py_object))
print("tuple items:", [items[i] for i in range(len(t))])
print("same objects:", all(items[i] is t[i] for i in range(len(t))))
array = (ctypes.py_object * len(t)).from_address(id(t) + 24)
print("as an array:", array[:], len(array))
print("ob_size:", ctypes.c_ssize_t.from_address(id(t) + 16).value)


class PyASCIIObject(ctypes.Structure):
    _fields_ = [("ob_refcnt", ctypes.c_ssize_t), ("ob_type", ctypes.c_void_p),
                ("length", ctypes.c_ssize_t), ("hash", ctypes.c_ssize_t),
                ("interned", ctypes.c_uint, 2), ("kind", ctypes.c_uint, 3), ("compact", ctypes.c_uint, 1),
                ("ascii", ctypes.c_uint, 1), ("ready", ctypes.c_uint, 1),
                ("wstr", ctypes.c_void_p)]


print("PyASCIIObject:", ctypes.sizeof(PyASCIIObject), PyASCIIObject.interned, PyASCIIObject.kind, PyASCIIObject.ready)
for s in ("memory", "caf\xe9", "\u20ac uro", "\U0001f600!"):
    h = PyASCIIObject.from_address(id(s))
    print(repr(s), "length", h.length, "kind", h.kind, "compact", h.compact, "ascii", h.ascii, "ready", h.ready)
s = "".join(["hash", "me"])
h = PyASCIIObject.from_address(id(s))
print("hash before hash():", h.hash)
hs = hash(s)
print("hash after hash():", h.hash == hs)
print("interned literal:", PyASCIIObject.from_address(id("memory")).interned,
      "built at run time:", h.interned, "after sys.intern:", PyASCIIObject.from_address(id(sys.intern(s))).interned)
data = ctypes.string_at(id("memory") + ctypes.sizeof(PyASCIIObject), 7)
print("ascii data and its NUL:", data)
latin = "caf\xe9"
print("latin-1 data after the 72-byte header:", ctypes.string_at(id(latin) + 72, 4))
wide = "\u20ac\u20ac"
print("UCS-2 data:", list((ctypes.c_uint16 * 2).from_address(id(wide) + 72)))
b = bytes(range(65, 70))
print("bytes ob_shash before:", ctypes.c_ssize_t.from_address(id(b) + 24).value)
hb = hash(b)
print("bytes ob_shash after hash():", ctypes.c_ssize_t.from_address(id(b) + 24).value == hb)
print("bytes ob_sval:", ctypes.string_at(id(b) + 32, len(b) + 1))
