# ctypes.pythonapi as memory articles use it: Py_IncRef/Py_DecRef against sys.getrefcount, the C
# API's new and borrowed references through restype = py_object, and its errors
import ctypes
import sys
from ctypes import pythonapi, py_object, c_long, c_ssize_t, c_double, c_char_p

print(type(pythonapi).__name__, pythonapi._name)
x = object()
print(sys.getrefcount(x))
pythonapi.Py_IncRef(py_object(x))
print(sys.getrefcount(x))
pythonapi.Py_IncRef(py_object(x))
pythonapi.Py_DecRef(py_object(x))
print(sys.getrefcount(x))
pythonapi.Py_DecRef(py_object(x))
print(sys.getrefcount(x))

pythonapi.Py_IncRef.argtypes = [py_object]
pythonapi.Py_IncRef.restype = None
pythonapi.Py_DecRef.argtypes = [py_object]
pythonapi.Py_DecRef.restype = None
data = [1, 2, 3]
before = sys.getrefcount(data)
print(pythonapi.Py_IncRef(data), sys.getrefcount(data) - before)
pythonapi.Py_DecRef(data)
print(sys.getrefcount(data) - before)

print(pythonapi.PyList_Size(py_object(data)), pythonapi.PyTuple_Size(py_object((1, 2))),
      pythonapi.PyDict_Size(py_object({'a': 1})))
print(pythonapi.PyLong_AsLong(py_object(123)), pythonapi.PyLong_AsLong(py_object(2**40)))
pythonapi.PyLong_AsLong.restype = c_long
print(pythonapi.PyLong_AsLong(py_object(2**40)), pythonapi.PyLong_AsLong(py_object(-5)))
try:
    pythonapi.PyLong_AsLong(py_object("text"))
except TypeError as e:
    print('TypeError:', e)
try:
    pythonapi.PyLong_AsLong(py_object(2**70))
except OverflowError as e:
    print('OverflowError:', e)

pythonapi.PyLong_FromLong.restype = py_object
n = pythonapi.PyLong_FromLong(10**12)
print(n, type(n).__name__, sys.getrefcount(n))
pythonapi.PyObject_Repr.restype = py_object
pythonapi.PyObject_Repr.argtypes = [py_object]
print(pythonapi.PyObject_Repr({'k': [1.5, None]}))
pythonapi.PyUnicode_FromString.restype = py_object
print(repr(pythonapi.PyUnicode_FromString(b"caf\xc3\xa9")))

pythonapi.PyList_GetItem.restype = py_object
pythonapi.PyList_GetItem.argtypes = [py_object, c_ssize_t]
item = [10, 20, 30]
print(pythonapi.PyList_GetItem(item, 1))
try:
    pythonapi.PyList_GetItem(item, 5)
except IndexError as e:
    print('IndexError:', e)
pythonapi.PyTuple_GetItem.restype = py_object
pythonapi.PyTuple_GetItem.argtypes = [py_object, c_ssize_t]
print(pythonapi.PyTuple_GetItem(('a', 'b'), 0))

pythonapi.PyObject_GetAttrString.restype = py_object
pythonapi.PyObject_GetAttrString.argtypes = [py_object, c_char_p]
print(pythonapi.PyObject_GetAttrString(sys, b"maxsize"))
try:
    pythonapi.PyObject_GetAttrString(sys, b"no_such_attribute")
except AttributeError as e:
    print('AttributeError:', e)

pythonapi.PyFloat_FromDouble.restype = py_object
pythonapi.PyFloat_FromDouble.argtypes = [c_double]
print(pythonapi.PyFloat_FromDouble(2.5))
pythonapi.PyObject_Length.restype = c_ssize_t
print(pythonapi.PyObject_Length(py_object("four")))
print(pythonapi.PyObject_IsTrue(py_object([])), pythonapi.PyCallable_Check(py_object(len)))

d = {}
pythonapi.PyDict_SetItem(py_object(d), py_object('key'), py_object('value'))
print(d)

try:
    pythonapi.PyNo_SuchFunction
except AttributeError as e:
    print('AttributeError:', str(e).rpartition(':')[2])
