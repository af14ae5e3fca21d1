# objgraph in a before/after comparison: typestats of the program's own types around
# a cache that fills and is cleared, growth reported with shortnames off, and at().
# requires: objgraph
import objgraph
import gc

class Entry:
    __slots__ = ("key", "value")
    def __init__(self, key, value):
        self.key = key
        self.value = value

class Cache:
    def __init__(self):
        self.entries = {}
    def put(self, k, v):
        self.entries[k] = Entry(k, v)

def mine(o):
    return type(o).__module__ == "__main__"

before = objgraph.typestats(filter=mine, shortnames=False)
cache = Cache()
for i in range(25):
    cache.put(i, [i])
after = objgraph.typestats(filter=mine, shortnames=False)
print(sorted(before.items()))
print(sorted(after.items()))
print("growth:", objgraph.growth(filter=mine, shortnames=False))
print("growth again (none):", objgraph.growth(filter=mine))
first = cache.entries[0]
print("at:", objgraph.at(id(first)) is first, objgraph.at(12345))
cache.entries.clear()
del first
gc.collect()
print("after clear:", objgraph.count("Entry"), sorted(objgraph.typestats(filter=mine).items()))
objgraph.show_growth(filter=mine)
print("leaking in a list:", len(objgraph.get_leaking_objects([[1], [2]])) >= 0)
print(objgraph.is_proper_module(objgraph), objgraph.is_proper_module(gc), objgraph.is_proper_module(cache))
