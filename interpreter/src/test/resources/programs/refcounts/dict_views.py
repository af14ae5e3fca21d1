# dict views and dict iterators keep the dict alive
import sys
d = {'a': 1, 'b': 2}
print(sys.getrefcount(d))
k = d.keys()
v = d.values()
i = d.items()
print(sys.getrefcount(d))
it = iter(k)
print(sys.getrefcount(d))
print(list(it), list(v), list(i))
print(sys.getrefcount(d))
del k, v, i, it
print(sys.getrefcount(d))
