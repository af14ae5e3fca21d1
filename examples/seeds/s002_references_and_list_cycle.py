# Article: 002, "Python basics - Python's memory management" (wfj): references, then two lists in a cycle.
# Watch: every new name adds exactly one reference; l1 and l2 contain each other, so after `del`
# reference counting cannot free them: gc.collect() finds the 2 lists (under refcount it finds 0 and
# the lists stay: the leak check at the end of `pyheap demo --collector refcount` shows them).
# pyheap: leaks-without-cycle-collector = 2 list
# refcount: expect s002_references_and_list_cycle.refcount.out
import gc
import sys

a = "wfj"
start = sys.getrefcount(a)
b = a
c = a
print("one object:", a is b is c, "references added by b and c:", sys.getrefcount(a) - start)

myname = "wfj"
l = ["a", "b", myname]
print("a list element refers to the same object:", id(myname) == id(l[2]), l[2] is myname)

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
