# gc.get_objects() lists the tracked objects: containers, instances, functions; not ints, strs or
# untracked dicts.
import gc

class Node:
    pass

def contains(obj):
    return any(o is obj for o in gc.get_objects())

L = [1, 2]
n = Node()
d_atoms = {"a": 1}
d_list = {"a": []}
print("list:", contains(L))
print("instance:", contains(n))
print("function:", contains(contains))
print("class:", contains(Node))
print("int:", contains(123456))
print("dict of atoms:", contains(d_atoms))
print("dict holding a list:", contains(d_list))
print("get_objects() is a list:", type(gc.get_objects()).__name__)
