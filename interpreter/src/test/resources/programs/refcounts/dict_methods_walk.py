# Which dict methods add a reference to the value or the key, step by step.
import sys

class K:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return self is other

key = K()
val = ["value"]
default = ["default"]
d = {}
print("start", sys.getrefcount(key), sys.getrefcount(val))
d[key] = val
print("stored", sys.getrefcount(key), sys.getrefcount(val))
x = d.get(key)
print("get returns value", sys.getrefcount(val))
del x
y = d.get("missing", default)
print("get default returned", sys.getrefcount(default), y is default)
del y
z = d.setdefault("other", default)
print("setdefault stores default", sys.getrefcount(default))
del z
popped = d.pop("other")
print("popped", sys.getrefcount(default))
del popped
print("after pop", sys.getrefcount(default))
items = list(d.items())
print("items list holds", sys.getrefcount(key), sys.getrefcount(val))
del items
k2, v2 = d.popitem()
print("popitem moves", sys.getrefcount(key), sys.getrefcount(val), len(d))
del k2, v2
print("dict empty", sys.getrefcount(key), sys.getrefcount(val))

d2 = {key: val}
d3 = d2.copy()
print("copy adds one each", sys.getrefcount(key), sys.getrefcount(val))
d3.update({key: default})
print("update replaces value, keeps key", sys.getrefcount(key), sys.getrefcount(val), sys.getrefcount(default))
d3.clear()
print("cleared", sys.getrefcount(key), sys.getrefcount(default))
merged = d2 | {"x": val}
print("merge", sys.getrefcount(val))
del merged
d2 |= {"y": val}
print("inplace merge", sys.getrefcount(val), len(d2))
fk = dict.fromkeys(["a", "b", "c"], val)
print("fromkeys", sys.getrefcount(val))
fk.clear()
print("end", sys.getrefcount(val))
