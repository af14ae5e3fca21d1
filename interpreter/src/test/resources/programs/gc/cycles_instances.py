# gc.collect() counts the objects of unreachable cycles through instances and their dicts
# collectors: generational marksweep
import gc
gc.collect()
class Node:
    pass
a = Node(); b = Node()
a.other = b; b.other = a
del a, b
print(gc.collect())
n = Node(); n.me = n
del n
print(gc.collect())
x = Node(); y = Node(); z = Node()
x.n = y; y.n = z; z.n = x
del x, y, z
print(gc.collect())
print(gc.collect())
