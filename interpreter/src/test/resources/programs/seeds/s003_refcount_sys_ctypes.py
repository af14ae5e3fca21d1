# Seed article 003: the count from sys.getrefcount is one more than ctypes' (its argument). For a
# string literal in a script both include the code object's constant and the parser's reference,
# so the article's 4 and 3 are what CPython 3.11 prints too.
import ctypes
import sys

def ref_count(address):
    return ctypes.c_long.from_address(address).value

our_var = "a string in the script"
print("our_var object reference count using sys module:", sys.getrefcount(our_var))
print("our_var object reference count using ctypes module:", ref_count(id(our_var)))
my_var = our_var
print("Adding variable `my_var` reference to `our_var` object")
print("our_var object reference count using sys module:", sys.getrefcount(our_var))
print("our_var object reference count using ctypes module:", ref_count(id(our_var)))
del my_var
print("Deleting variable `my_var` reference to `our_var` object")
print("our_var object reference count using sys module:", sys.getrefcount(our_var))
print("our_var object reference count using ctypes module:", ref_count(id(our_var)))
