# sys.getallocatedblocks grows by a container's blocks and comes back after del.
import sys, gc
gc.collect()
base = sys.getallocatedblocks()
l = [1.5, 2.5, 3.5]
print(sys.getallocatedblocks() - base)
del l
print(sys.getallocatedblocks() - base)
d = {"x": 1.0}
print(sys.getallocatedblocks() - base)
del d
t = tuple(range(1000, 1003))
print(sys.getallocatedblocks() - base)
del t
print(sys.getallocatedblocks() - base)
