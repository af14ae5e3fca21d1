# Seed article 002: two lists that contain each other; del leaves them alive in a cycle until the
# collector finds them.
# refcount: expect s002_list_cycle.refcount.out
import gc

gc.collect()
l1 = ["a", "b"]
l2 = ["x", "y"]
l1.append(l2)
print(l1, id(l1[2]) == id(l2))
l2.append(l1)
print(l2, id(l2[2]) == id(l1))
print(l1)
del l1
del l2
print("gc.collect():", gc.collect())
