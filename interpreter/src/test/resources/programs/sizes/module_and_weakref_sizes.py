# A module object, a weakref and a proxy.
import sys
import weakref

class C:
    pass

c = C()
print("module", sys.getsizeof(sys), sys.getsizeof(weakref))
print("ref", sys.getsizeof(weakref.ref(c)), "ref with callback", sys.getsizeof(weakref.ref(c, print)))
print("proxy", sys.getsizeof(weakref.proxy(c)))
