# sys.getrefcount of an object as containers take and drop references to it
import sys
x = object()
print(sys.getrefcount(x))
l = [x, x, x]
print(sys.getrefcount(x))
t = (x,)
d = {'a': x, 'b': x}
print(sys.getrefcount(x))
s = {x}
print(sys.getrefcount(x))
l.pop()
del d['a']
print(sys.getrefcount(x))
l.clear(); d.clear(); s.clear()
print(sys.getrefcount(x))
del t
print(sys.getrefcount(x))
