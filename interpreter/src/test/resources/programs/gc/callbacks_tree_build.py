# collectors: generational
# Watching gc.callbacks while a program builds a tree of nodes: which generations run and when.
import gc

log = []
def watch(phase, info):
    if phase == "stop":
        log.append((info["generation"], info["collected"]))

class Node:
    __slots__ = ("kids", "parent")
    def __init__(self, parent=None):
        self.kids = []
        self.parent = parent

gc.collect()
gc.callbacks.append(watch)
root = Node()
frontier = [root]
made = 1
while made < 3000:
    n = frontier.pop(0)
    for _ in range(3):
        k = Node(n)
        n.kids.append(k)
        frontier.append(k)
        made += 1
print("nodes", made)
print("collections by generation", {g: sum(1 for x, _ in log if x == g) for g in range(3)})
print("all collected nothing", all(c == 0 for _, c in log))
log.clear()
del root, frontier, n, k
print("tree dropped: counts", gc.get_count()[1:])
found = gc.collect()
print("full collection found", found)
print("log after collect", log)
gc.callbacks.remove(watch)
print("callbacks left", len(gc.callbacks))
