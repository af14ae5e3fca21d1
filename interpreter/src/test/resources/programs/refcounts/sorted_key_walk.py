# A walk through the references sorted(), min(), max() and list.sort() take on
# the items and on the keys the key function returns, counted inside the key
# function and after the call.
import sys

class Item:
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight
    def __repr__(self):
        return f"Item({self.name!r})"

items = [Item("pear", 3), Item("apple", 1), Item("fig", 2)]
probe = items[0]
key_obj = 12345678901

seen = []
def key(it):
    seen.append(sys.getrefcount(it))
    return it.weight

print("probe before", sys.getrefcount(probe))
result = sorted(items, key=key)
print("inside key  ", seen)
print("probe after sorted", sys.getrefcount(probe))
print(result)
del result
print("probe after del", sys.getrefcount(probe))

seen.clear()
items.sort(key=key, reverse=True)
print("inside sort key", seen)
print(items, sys.getrefcount(probe))

def heavy_key(it):
    return key_obj if it is probe else it.weight
print("key object before", sys.getrefcount(key_obj))
m = max(items, key=heavy_key)
print("max", m, "key object after", sys.getrefcount(key_obj))
m = min(items, key=lambda it: (it.weight, it.name))
print("min", m)
print("probe", sys.getrefcount(probe))
pairs = sorted((it.weight, it) for it in items)
print(pairs[0][1], sys.getrefcount(probe))
del pairs
print("probe", sys.getrefcount(probe))
