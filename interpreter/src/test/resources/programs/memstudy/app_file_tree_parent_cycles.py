# collectors: generational marksweep
# A directory tree whose nodes point back to their parent: every node is in a cycle, so
# dropping the root frees nothing until gc.collect(), which counts each node and its
# __dict__ and children list; the weakref.ref parent version frees by reference counting.
import gc
import weakref


class Dir:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def path(self):
        parts, node = [], self
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))


class WeakDir(Dir):
    def __init__(self, name, parent=None):
        super().__init__(name, parent)
        self._parent = weakref.ref(parent) if parent is not None else None

    @property
    def parent(self):
        return self._parent() if self._parent is not None else None

    @parent.setter
    def parent(self, value):
        pass


def build(cls):
    root = cls("")
    usr = cls("usr", root)
    cls("bin", usr)
    lib = cls("lib", usr)
    cls("python3.11", lib)
    cls("etc", root)
    return root, lib


gc.disable()
gc.collect()
for cls in (Dir, WeakDir):
    root, lib = build(cls)
    print(cls.__name__, lib.children[0].path())
    probe = weakref.ref(root.children[0])
    del root, lib
    print("  usr alive before collect:", probe() is not None)
    print("  collect:", gc.collect())
    print("  usr alive after collect:", probe() is not None)
gc.enable()
