# Views and iterators hold their dict; keys held by dict and by the list made from it.
import sys
d = {"a": [1], "b": [2]}
print(sys.getrefcount(d))
k = d.keys()
it = iter(d)
print(sys.getrefcount(d))
del k, it
print(sys.getrefcount(d))
v = d["a"]
print(sys.getrefcount(v))
vals = list(d.values())
print(sys.getrefcount(v))
