# As the seed articles do: read an object back from its id with ctypes.cast(addr, py_object), and
# its reference count with c_long.from_address(addr).
import ctypes
import sys

value = [1, 2, 3]
address = id(value)
print(ctypes.cast(address, ctypes.py_object).value is value)
print(ctypes.cast(address, ctypes.py_object).value)
print(ctypes.c_long.from_address(address).value, sys.getrefcount(value))
alias = value
print(ctypes.c_long.from_address(address).value, sys.getrefcount(value))
del alias
print(ctypes.c_ssize_t.from_address(address).value)
print(ctypes.c_void_p.from_address(address + 8).value == id(list))
