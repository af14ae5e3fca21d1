# objgraph.get_leaking_objects: tracked objects no other tracked object refers to, filtered to ours.
# requires: objgraph
import objgraph

class Handle:
    def __init__(self, n):
        self.n = n

def make_leak():
    h = Handle(1)
    return [h]

holder = make_leak()
leaks = objgraph.get_leaking_objects()
mine = [o for o in leaks if isinstance(o, Handle)]
print("handle held by a list is not a root:", len(mine))
lists = [o for o in leaks if o is holder]
print("the module-level list is referenced by globals:", len(lists))
print(isinstance(leaks, list), len(leaks) > 0)
subset = objgraph.get_leaking_objects([holder, holder[0]])
print([type(o).__name__ for o in subset])
print(objgraph.at(id(holder)) is holder, objgraph.at(12345) is None)
print(objgraph.at_addrs([id(holder), id(holder)]) == [holder])
