# Atoms are never tracked; containers are tracked from birth, except dicts, which start untracked
# and become tracked when a tracked object is stored in them.
import gc

class Node:
    pass

def f():
    pass

cases = [("int", 1), ("str", "abc"), ("float", 1.5), ("None", None), ("bytes", b"x"),
         ("range", range(3)), ("list", []), ("set", set()), ("frozenset", frozenset([1])),
         ("instance", Node()), ("function", f), ("class", Node), ("empty dict", {}),
         ("dict of atoms", {"a": 1}), ("dict with a list", {"a": []}),
         ("tuple with a list", ([],))]
for name, obj in cases:
    print(f"{name:18} {gc.is_tracked(obj)}")
d = {}
print("empty dict:", gc.is_tracked(d))
d["x"] = 1
print("after d['x'] = 1:", gc.is_tracked(d))
d["y"] = []
print("after d['y'] = []:", gc.is_tracked(d))
d["y"] = 2
print("after d['y'] = 2 (stays tracked):", gc.is_tracked(d))
