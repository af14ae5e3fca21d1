# Peeking at CPython object headers with ctypes: refcount, type, size and the bytes of a str.
import ctypes
import sys

class PyObject(ctypes.Structure):
    _fields_ = [("ob_refcnt", ctypes.c_ssize_t), ("ob_type", ctypes.c_void_p)]

class PyVarObject(ctypes.Structure):
    _fields_ = [("ob_refcnt", ctypes.c_ssize_t), ("ob_type", ctypes.c_void_p), ("ob_size", ctypes.c_ssize_t)]

lst = [10, 20, 30]
header = PyVarObject.from_address(id(lst))
print("refcnt matches:", header.ob_refcnt == sys.getrefcount(lst) - 1)
print("ob_type is list:", header.ob_type == id(list))
print("ob_size:", header.ob_size)
lst.append(40)
print("ob_size after append:", header.ob_size)
obj = PyObject.from_address(id(3.25))
print("float type:", obj.ob_type == id(float))
value = ctypes.c_double.from_address(id(3.25) + 16).value
print("float payload:", value)
t = (1, 2)
item0 = ctypes.c_void_p.from_address(id(t) + 24).value
print("tuple item 0 is id(1):", item0 == id(1))
print("sizeof ssize_t:", ctypes.sizeof(ctypes.c_ssize_t), "pointer:", ctypes.sizeof(ctypes.c_void_p))
print("sizeof(PyObject):", ctypes.sizeof(PyObject), "PyVarObject:", ctypes.sizeof(PyVarObject))
b = b"hello"
raw = ctypes.string_at(id(b) + sys.getsizeof(b) - len(b) - 1, len(b))
print("bytes payload:", raw)
ascii_str = "memory"
data = ctypes.string_at(id(ascii_str) + sys.getsizeof(ascii_str) - len(ascii_str) - 1, len(ascii_str))
print("ascii str payload:", data)
x = object()
before = PyObject.from_address(id(x)).ob_refcnt
y = x
print("count went up by one:", PyObject.from_address(id(x)).ob_refcnt - before)
