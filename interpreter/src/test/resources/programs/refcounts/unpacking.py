# Unpacking binds each target; starred targets make a new list that holds its items.
import sys

class O:
    pass

o = O()
a, b = o, o
print("a, b = o, o:", sys.getrefcount(o))
first, *rest = [o, o, o]
print("first, *rest = [o, o, o]:", sys.getrefcount(o), type(rest).__name__, len(rest))
del a, b, first, rest
print("after del:", sys.getrefcount(o))
(x, (y, z)) = (o, [o, o])
print("nested:", sys.getrefcount(o))
x = y = z = None
print("rebound:", sys.getrefcount(o))
