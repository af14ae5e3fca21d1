# Removing an object from a container (pop, remove, del item, clear, slice assignment) drops the
# container's reference at once.
import sys

class Item:
    pass

x = Item()
L = [x, x, x, x, x]
print(sys.getrefcount(x))
L.pop()
print("pop:", sys.getrefcount(x))
L.remove(x)
print("remove:", sys.getrefcount(x))
del L[0]
print("del L[0]:", sys.getrefcount(x))
L[0:1] = []
print("slice assignment:", sys.getrefcount(x))
L.clear()
print("clear:", sys.getrefcount(x), len(L))
d = {1: x, 2: x}
d.pop(1)
print("dict pop:", sys.getrefcount(x))
d[2] = None
print("dict value replaced:", sys.getrefcount(x))
