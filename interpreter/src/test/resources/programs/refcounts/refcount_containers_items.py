# Items in containers: each container slot is a reference; slicing copies add more.
import sys
x = object()
base = sys.getrefcount(x)
l = [x, x, x]
t = (x, x)
d = {1: x, 2: x}
s = {x}
print(sys.getrefcount(x) - base)
l2 = l[:]
print(sys.getrefcount(x) - base)
l *= 2
print(sys.getrefcount(x) - base)
del l, l2
print(sys.getrefcount(x) - base)
d.pop(1)
s.clear()
print(sys.getrefcount(x) - base)
