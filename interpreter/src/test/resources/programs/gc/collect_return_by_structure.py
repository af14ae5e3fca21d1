# What gc.collect() returns for the structures people build: doubly linked lists,
# trees with parent pointers, graphs as adjacency dicts, observer lists.
# refcount: expect collect_return_by_structure.refcount.out
import gc

class DNode:
    def __init__(self, v):
        self.v = v
        self.prev = self.next = None

class TNode:
    def __init__(self, parent=None):
        self.parent = parent
        self.kids = []
        if parent:
            parent.kids.append(self)

class Subject:
    def __init__(self):
        self.observers = []

class Observer:
    def __init__(self, subject):
        self.subject = subject
        subject.observers.append(self)

gc.collect()
gc.disable()

def dlist(n):
    head = prev = DNode(0)
    for i in range(1, n):
        node = DNode(i)
        prev.next, node.prev = node, prev
        prev = node
    return head

dlist(5)
print("doubly linked 5 nodes:", gc.collect())
root = TNode()
for _ in range(3):
    TNode(TNode(root))
del root
print("tree of 7:", gc.collect())
graph = {n: [] for n in "abcd"}
for a, b in [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]:
    graph[a].append(graph[b])
del graph
print("adjacency lists:", gc.collect())
s = Subject()
obs = [Observer(s) for _ in range(4)]
del s, obs
print("subject with 4 observers:", gc.collect())
x = []
x.append(x)
y = (x,)
del x, y
print("list in its own tuple:", gc.collect())
gc.enable()
