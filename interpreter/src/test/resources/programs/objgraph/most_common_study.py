# objgraph's most_common_types and typestats restricted to the program's own classes
# while a small inventory application runs.
# requires: objgraph
import objgraph
import gc

class Item:
    def __init__(self, sku, qty):
        self.sku = sku
        self.qty = qty

class Shelf:
    def __init__(self, name):
        self.name = name
        self.items = []

class Warehouse:
    def __init__(self):
        self.shelves = [Shelf(f"S{i}") for i in range(4)]

    def stock(self, n):
        for i in range(n):
            self.shelves[i % 4].items.append(Item(f"sku{i}", i))

w = Warehouse()
w.stock(30)
mine = lambda o: type(o).__module__ == "__main__"
stats = objgraph.typestats(filter=mine)
print(sorted(stats.items()))
print(objgraph.most_common_types(limit=3, filter=mine))
objgraph.show_most_common_types(limit=3, filter=mine)
objgraph.show_most_common_types(limit=2, filter=mine, shortnames=False)
print(objgraph.count("Item"), objgraph.count("Shelf", gc.get_objects()))
w.shelves[0].items.clear()
print(objgraph.count("Item"))
ids = objgraph.get_new_ids(skip_update=True)
print(type(ids).__name__)
refs = objgraph.find_ref_chain(w, lambda o: isinstance(o, Item))
print([type(o).__name__ for o in refs])
