# requires: objgraph
# objgraph.typestats and by_type while an app builds graph nodes and edges.
import objgraph
import gc

class Vertex:
    def __init__(self, name):
        self.name = name
        self.edges = []

class Edge:
    __slots__ = ("a", "b", "w")
    def __init__(self, a, b, w):
        self.a, self.b, self.w = a, b, w

gc.collect()
before = objgraph.typestats()
vs = [Vertex(f"v{i}") for i in range(30)]
for i in range(30):
    for j in (1, 2, 3):
        e = Edge(vs[i], vs[(i + j) % 30], i * j)
        vs[i].edges.append(e)
gc.collect()
after = objgraph.typestats()
print("Vertex", after.get("Vertex", 0) - before.get("Vertex", 0))
print("Edge", after.get("Edge", 0) - before.get("Edge", 0))
print("list grew", after.get("list", 0) - before.get("list", 0))
print("by_type Edge", len(objgraph.by_type("Edge")), "qualified", len(objgraph.by_type("__main__.Edge")))
print("shortnames off", objgraph.typestats(shortnames=False).get("__main__.Vertex"))
refs = gc.get_referents(vs[0].edges[0])
print("edge referents", sorted(type(r).__name__ for r in refs))
del vs, e
print("collected cycles", gc.collect() > 0, objgraph.count("Edge"), objgraph.count("Vertex"))
