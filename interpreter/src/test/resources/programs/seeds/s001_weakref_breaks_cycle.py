# Seed article 001's advice to avoid cycles with weak references: a child that refers to its parent
# weakly makes no cycle, so plain reference counting frees both at `del`.
import gc
import weakref

class Parent:
    def __init__(self):
        self.children = []

    def __del__(self):
        print("parent freed")

class Child:
    def __init__(self, parent):
        self.parent = weakref.ref(parent)
        parent.children.append(self)

    def __del__(self):
        print("child freed")

gc.collect()
p = Parent()
c = Child(p)
print(c.parent() is p)
del c
print("child still held by the parent")
del p
print("collect finds nothing:", gc.collect())
