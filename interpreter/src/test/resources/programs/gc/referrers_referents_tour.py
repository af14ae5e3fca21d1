# gc.get_referrers / gc.get_referents on a small object graph, described by type and identity.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    def __repr__(self):
        return f"Node({self.name})"

root = Node("root")
a, b = Node("a"), Node("b")
root.children += [a, b]
a.children.append(b)
holder = {"fav": b}
pair = (a, b)

def describe(objs):
    out = []
    for o in objs:
        if o is globals():
            out.append("globals")
        elif isinstance(o, list):
            out.append(f"list{o!r}")
        elif isinstance(o, dict):
            out.append("dict:" + ",".join(sorted(map(str, o.keys()))))
        elif isinstance(o, tuple):
            out.append(f"tuple{o!r}")
        else:
            out.append(type(o).__name__)
    return sorted(out)

print("referrers of b:", describe(gc.get_referrers(b)))
print("referrers of a:", describe(gc.get_referrers(a)))
print("referents of root:", describe(gc.get_referents(root)))
print("referents of root.__dict__:", describe(gc.get_referents(root.__dict__)))
print("referents of pair:", describe(gc.get_referents(pair)))
print("referents of list:", describe(gc.get_referents(root.children)))
print("referents of int:", gc.get_referents(42))
print("referents of several:", len(gc.get_referents(a, b, pair)))
print("Node referents:", sorted(type(x).__name__ for x in gc.get_referents(Node)))
f = lambda: root
print("lambda referents:", sorted(type(x).__name__ for x in gc.get_referents(f)))
del holder
print("after del holder:", describe(gc.get_referrers(b)))
