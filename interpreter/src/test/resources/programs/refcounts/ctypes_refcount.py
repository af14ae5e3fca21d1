# ob_refcnt read through ctypes is the true count: one less than getrefcount, which counts its own
# argument.
import ctypes
import sys

class Person:
    pass

p = Person()
print(sys.getrefcount(p), ctypes.c_ssize_t.from_address(id(p)).value)
q = p
print(sys.getrefcount(p), ctypes.c_long.from_address(id(p)).value)
del q
print(sys.getrefcount(p), ctypes.c_ssize_t.from_address(id(p)).value)
L = [p] * 10
print(sys.getrefcount(p), ctypes.c_ssize_t.from_address(id(p)).value)
