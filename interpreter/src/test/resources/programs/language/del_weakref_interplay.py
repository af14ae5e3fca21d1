# __del__ and weak references together: the finalizer runs when the last strong reference goes,
# weakref callbacks fire after it, a WeakValueDictionary cache empties, an object lives as long as
# a container holds it, back references through weakref.ref leave no cycle, and what is still
# alive at exit is finalized then.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name
        print(f"open {name}")

    def __del__(self):
        print(f"close {self.name}")

    def __repr__(self):
        return f"Resource({self.name})"


r = Resource("a")
ref = weakref.ref(r, lambda w: print("callback, ref is dead:", w() is None))
print(ref() is r, weakref.getweakrefcount(r))
del r
print("after del:", ref())
r2 = Resource("b")
holder = [r2]
del r2
print("still held:", holder[0])
holder.clear()
print("cleared")
cache = weakref.WeakValueDictionary()
obj = Resource("c")
cache["c"] = obj
print(list(cache.keys()), cache.get("c"))
obj = None
print(list(cache.keys()))


class Parent:
    def __init__(self):
        self.children = []

    def add(self, child):
        self.children.append(child)
        child.parent = weakref.ref(self)

    def __del__(self):
        print("parent finalized")


class Child:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("child finalized", self.name)


p = Parent()
p.add(Child("c1"))
p.add(Child("c2"))
print(p.children[0].parent() is p)
del p
print("no cycle, so everything went at once")
f = weakref.finalize(Resource("d"), print, "finalize callback")
print(f.alive)
print(f.alive)
ws = weakref.WeakSet()
keep = Resource("e")
ws.add(keep)
ws.add(Resource("f"))
print(len(ws))
try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError:", e)
print("end of program")
