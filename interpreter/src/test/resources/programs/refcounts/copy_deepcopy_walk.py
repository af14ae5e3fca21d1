# A walk through copy.copy and copy.deepcopy with the refcount of each shared piece.
import copy
import sys
import ctypes

def rc(o):
    return ctypes.c_ssize_t.from_address(id(o)).value

leaf = [1, 2, 3]
inner = {"leaf": leaf, "name": "inner"}
outer = [inner, leaf, (leaf, "t")]
print("start", rc(leaf), rc(inner), sys.getrefcount(leaf))

shallow = copy.copy(outer)
print("after copy.copy", rc(leaf), rc(inner), shallow[0] is inner, shallow[2] is outer[2])

deep = copy.deepcopy(outer)
print("after deepcopy", rc(leaf), rc(inner), deep[0] is inner)
print("deep shares", deep[1] is deep[0]["leaf"], deep[2][0] is deep[1])
print("deep leaf rc", rc(deep[1]))

memo = {}
deep2 = copy.deepcopy(outer, memo)
print("memo size", len(memo), id(outer) in memo, rc(leaf))
print("memo keeps", rc(memo[id(leaf)]))
del memo
print("memo dropped", rc(deep2[1]))

t = (1, "a", None)
print("atomic tuple copy is same", copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print("mutable tuple deep copy is new", copy.deepcopy(t2) is t2, copy.copy(t2) is t2)

class Node:
    def __init__(self, v):
        self.v = v
        self.kids = []

root = Node(0)
root.kids.append(Node(1))
root.kids.append(root)
before = rc(root)
clone = copy.deepcopy(root)
print("cycle clone", clone.kids[1] is clone, clone is not root, rc(root) - before)
print("clone rc", rc(clone))
del shallow
print("after del shallow", rc(leaf), rc(inner))
del deep, deep2
print("after del deep", rc(leaf), rc(inner))
