# Article: 003, "Memory management in Python" (Analytics Vidhya on Medium): counting references.
# Watch: ctypes reads the count field at an object's address; sys.getrefcount says one more (its own
# argument); a second name adds one and `del` takes it away; an id is the address (hex() shows it
# in base 16) and ctypes.cast turns it back into the object.
import ctypes
import sys


def ref_count(address):
    return ctypes.c_long.from_address(address).value


our_var = "a string in the script"
print("sys.getrefcount:", sys.getrefcount(our_var), "ctypes:", ref_count(id(our_var)))
my_var = our_var
print("after my_var = our_var:", sys.getrefcount(our_var), ref_count(id(our_var)))
del my_var
print("after del my_var:", sys.getrefcount(our_var), ref_count(id(our_var)))

our_int = 12
address = id(our_int)
print("hex(id) is the same number:", int(hex(address), 16) == address)
print("value at that address:", ctypes.cast(address, ctypes.py_object).value)


class Serval:
    def __init__(self):
        self.cousin = None


class Cat:
    def __init__(self):
        self.cousin = None


servy = Serval()
whiky = Cat()
servy.cousin = whiky
whiky.cousin = servy
print("servy's refcount:", ref_count(id(servy)))
print("whiky's refcount:", ref_count(id(whiky)))
del servy
print("whiky's refcount after del servy:", ref_count(id(whiky)), "(servy lives on in the cycle)")
whiky.cousin = None
print("whiky's refcount after whiky.cousin = None:", ref_count(id(whiky)))
