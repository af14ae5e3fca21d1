# PyListObject's allocated field read with ctypes while a list grows: over-allocation visible.
import ctypes
import sys

class PyListObject(ctypes.Structure):
    _fields_ = [
        ("ob_refcnt", ctypes.c_ssize_t),
        ("ob_type", ctypes.c_void_p),
        ("ob_size", ctypes.c_ssize_t),
        ("ob_item", ctypes.POINTER(ctypes.py_object)),
        ("allocated", ctypes.c_ssize_t),
    ]

lst = []
view = PyListObject.from_address(id(lst))
print("empty:", view.ob_size, view.allocated, bool(view.ob_item))
history = []
for i in range(30):
    lst.append(i)
    if not history or history[-1][1] != view.allocated:
        history.append((view.ob_size, view.allocated))
print("growth:", history)
print("getsizeof matches allocated:", sys.getsizeof(lst) == 56 + 8 * view.allocated)
print("item 5 via ob_item:", view.ob_item[5])
lst.extend(range(100))
print("after extend:", view.ob_size, view.allocated)
del lst[2:]
print("after del:", view.ob_size, view.allocated)
lst.clear()
print("after clear:", view.ob_size, view.allocated, bool(view.ob_item))
lit = [1, 2, 3, 4, 5]
lv = PyListObject.from_address(id(lit))
print("literal:", lv.ob_size, lv.allocated)
rep = [0] * 7
rv = PyListObject.from_address(id(rep))
print("[0]*7:", rv.ob_size, rv.allocated)
comp = [x for x in range(7)]
cv = PyListObject.from_address(id(comp))
print("comprehension 7:", cv.ob_size, cv.allocated)
fromlist = list(range(7))
fv = PyListObject.from_address(id(fromlist))
print("list(range(7)):", fv.ob_size, fv.allocated)
print("type pointer:", view.ob_type == id(list))
