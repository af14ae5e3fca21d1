# Seed article 003 (Medium): id() is the address in base 10, hex() shows it in base 16, and
# ctypes.cast(address, py_object).value reads the object back (addresses themselves not printed).
import ctypes

our_var = 12
address = id(our_var)
print("id is an int:", type(address).__name__)
print("hex id matches:", hex(address) == "0x%x" % address, hex(address).startswith("0x"))
print(f"Value from address is {ctypes.cast(address, ctypes.py_object).value}")
