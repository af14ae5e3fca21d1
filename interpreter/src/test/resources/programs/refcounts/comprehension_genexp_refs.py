# references held by comprehension variables and generator expressions
import sys
o = object()
l = [o for _ in range(3)]
print(sys.getrefcount(o))
g = (o for _ in range(2))
print(sys.getrefcount(o))
next(g)
print(sys.getrefcount(o))
del g
print(sys.getrefcount(o))
s = {id(o): o for _ in range(2)}
print(sys.getrefcount(o))
del l, s
print(sys.getrefcount(o))
