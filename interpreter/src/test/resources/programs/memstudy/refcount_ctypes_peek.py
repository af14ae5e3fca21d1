# Reading the reference count straight from memory with ctypes, as in
# "Python memory management internals" posts.
import ctypes
import sys

def ref_count(address):
    return ctypes.c_long.from_address(address).value

a = [1, 2, 3]
addr = id(a)
print("ctypes count:", ref_count(addr))
print("getrefcount:", sys.getrefcount(a))
b = a
print("after b = a:", ref_count(addr))
c = [a, a]
print("after c = [a, a]:", ref_count(addr))
del b, c
print("after del:", ref_count(addr))

obj = ctypes.cast(addr, ctypes.py_object).value
print("cast back gives the same object:", obj is a, obj)
print("count while obj holds it:", ref_count(addr))
del obj

class Thing:
    pass

t = Thing()
taddr = id(t)
print("Thing count:", ref_count(taddr))
print("type pointer matches:", ctypes.c_void_p.from_address(taddr + 8).value == id(Thing))
x = 1000 + len(a)
print("int value through ctypes:", ctypes.c_long.from_address(id(x) + 24).value & 0x3FFFFFFF)
print("size field of a list:", ctypes.c_ssize_t.from_address(id(a) + 16).value)
print("ob_size of a tuple:", ctypes.c_ssize_t.from_address(id((1, 2, 3, 4)) + 16).value)
print("py_object repr:", ctypes.py_object([1]))
