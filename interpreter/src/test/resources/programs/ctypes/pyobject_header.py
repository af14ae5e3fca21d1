# PyObject, PyVarObject and PyListObject as ctypes Structures read over id(x): the header follows
# sys.getrefcount and type(), ob_size and allocated follow the list's growth, ob_item holds the ids.
import ctypes
import sys


class PyObject(ctypes.Structure):
    _fields_ = [("ob_refcnt", ctypes.c_ssize_t), ("ob_type", ctypes.c_void_p)]


class PyVarObject(PyObject):
    _fields_ = [("ob_size", ctypes.c_ssize_t)]


class PyListObject(PyVarObject):
    _fields_ = [("ob_item", ctypes.POINTER(ctypes.py_object)), ("allocated", ctypes.c_ssize_t)]


print("fields:", PyObject.ob_refcnt, PyObject.ob_type)
print("inherited:", PyVarObject.ob_size, PyListObject.ob_item, PyListObject.allocated)
print("sizes:", ctypes.sizeof(PyObject), ctypes.sizeof(PyVarObject), ctypes.sizeof(PyListObject))

x = object()
head = PyObject.from_address(id(x))
print("refcnt is getrefcount - 1:", head.ob_refcnt == sys.getrefcount(x) - 1)
refs = [x, x, x]
print("three more references:", head.ob_refcnt == sys.getrefcount(x) - 1, sys.getrefcount(x))
del refs
print("after del:", head.ob_refcnt == sys.getrefcount(x) - 1)
print("ob_type is id(object):", head.ob_type == id(object))
for value in (1, 2.5, "s", b"b", (1,), [1], {1: 2}, {1}, None, True, len, PyObject):
    h = PyObject.from_address(id(value))
    print(type(value).__name__, "ob_type matches:", h.ob_type == id(type(value)))

lst = []
view = PyListObject.from_address(id(lst))
rows = []
for i in range(20):
    rows.append((view.ob_size, view.allocated))
    lst.append(i)
print("(ob_size, allocated) while appending:", rows)
print("ob_item is NULL for an empty list:", not PyListObject.from_address(id([])).ob_item)
words = ["gamma", "alpha", "beta"]
w = PyListObject.from_address(id(words))
print("items through ob_item:", [w.ob_item[i] for i in range(w.ob_size)])
print("item ids:", [ctypes.cast(w.ob_item, ctypes.POINTER(ctypes.c_void_p))[i] == id(s) for i, s in enumerate(words)])
words.sort()
print("sorted in place, same array:", [w.ob_item[i] for i in range(3)])
del lst[5:]
print("after del lst[5:]:", view.ob_size, view.allocated)
lst.clear()
print("after clear:", view.ob_size, view.allocated, bool(view.ob_item))
