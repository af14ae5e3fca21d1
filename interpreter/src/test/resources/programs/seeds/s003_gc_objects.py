# Seed article 003: len(gc.get_objects()) before and after making and deleting two instances. The
# article printed between the measurements and saw +19 then +1; measured without printing, the
# two instances are +2 and their deletion takes them away.
import ctypes
import gc

def ref_count(address):
    return ctypes.c_long.from_address(address).value

class Serval:
    def __init__(self):
        self.name = "servy"

class Cat:
    def __init__(self):
        self.name = "whiky"

gc.collect()
before = len(gc.get_objects())
servy = Serval()
whiky = Cat()
servy_count = ref_count(id(servy))
whiky_count = ref_count(id(whiky))
after_creation = len(gc.get_objects())
del servy, whiky
after_deletion = len(gc.get_objects())
print("REFERENCE COUNT")
print("servy's reference count:", servy_count)
print("whiky's reference count:", whiky_count)
print("AFTER CREATION:", after_creation - before)
print("AFTER DELETION:", after_deletion - before)
