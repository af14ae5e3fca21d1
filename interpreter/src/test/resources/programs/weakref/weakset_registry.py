# A WeakSet registry of live instances, iterated while objects die, plus set operations.
# collectors: generational
import weakref
import gc

class Widget:
    registry = weakref.WeakSet()

    def __init__(self, name):
        self.name = name
        Widget.registry.add(self)

    def __repr__(self):
        return self.name

def live():
    return sorted(w.name for w in Widget.registry)

ws = [Widget(f"w{i}") for i in range(6)]
print(live(), len(Widget.registry))
del ws[1]
print(live())
w3 = ws[2]
ws.clear()
print("only w3", live())
other = weakref.WeakSet([w3])
print("eq", other == weakref.WeakSet([w3]), w3 in other)
n = Widget("n")
print("union", sorted(x.name for x in Widget.registry | other))
print("difference", sorted(x.name for x in Widget.registry - other))
print("issubset", other <= Widget.registry)
del n
print("after del n", len(Widget.registry))
a = Widget("a")
a.loop = a
del a
print("before collect", len(Widget.registry))
gc.collect()
print("after collect", live())
print(repr(Widget.registry)[:8])
Widget.registry.discard(w3)
print(live(), bool(Widget.registry))
