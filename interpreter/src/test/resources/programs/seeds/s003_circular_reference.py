# Seed article 003: Serval and Cat instances that are each other's cousin. Deleting servy leaves
# whiky's count at 2 (servy lives on in the cycle) until whiky.cousin is set to None.
import ctypes

def ref_count(address):
    return ctypes.c_long.from_address(address).value

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
servy_address = id(servy)
del servy
print("AFTER DELETION OF servy")
print("whiky's refcount:", ref_count(id(whiky)))
whiky.cousin = None
print("whiky's refcount after whiky.cousin = None:", ref_count(id(whiky)))
