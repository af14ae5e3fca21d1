# AttributeError with a "Did you mean" suggestion from a misspelt method, raised through a method chain
class Inventory:
    def __init__(self):
        self.items = {}
    def add_item(self, name, qty=1):
        self.items[name] = self.items.get(name, 0) + qty
        return self
    def remove_item(self, name):
        del self.items[name]
        return self

inv = Inventory().add_item("apple").add_item("pear", 3)
print(sorted(inv.items.items()))
try:
    inv.itemz
except AttributeError as e:
    print(e, "|", e.name, e.obj is inv)
import collections
try:
    collections.OrderDict
except AttributeError as e:
    print(e)
inv.add_item("plum").remove_itme("apple")
