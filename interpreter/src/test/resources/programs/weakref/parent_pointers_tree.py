# A tree whose children point at their parent through weakref.ref: no cycle, freed by refcounting.
import weakref
import gc

class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self._parent = weakref.ref(parent) if parent is not None else None
        self.children = []
        if parent is not None:
            parent.children.append(self)
    @property
    def parent(self):
        return self._parent() if self._parent is not None else None
    def path(self):
        p = self.parent
        return (p.path() + "/" if p else "") + self.name
    def __del__(self):
        print("del", self.name)

gc.disable()
root = Node("root")
usr = Node("usr", root)
lib = Node("lib", usr)
print(lib.path())
print("weakrefs to usr:", weakref.getweakrefcount(usr))
del usr
print("usr still held by root.children")
keep = lib
print("dropping the root")
del root
print("lib's parent now:", keep.parent, keep.path())
del lib, keep
print("gc found", gc.collect())
gc.enable()

class PNode:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = weakref.proxy(parent) if parent else None
p = PNode("p")
c = PNode("c", p)
print("proxy parent", c.parent.name)
del p
try:
    c.parent.name
except ReferenceError as e:
    print("ReferenceError:", e)
