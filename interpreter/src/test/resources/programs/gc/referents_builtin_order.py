# gc.get_referents of each built-in kind, in the order CPython's tp_traverse visits them.
# collectors: generational marksweep
import gc
import functools

def names(objs):
    out = []
    for o in objs:
        if isinstance(o, (str, int)) and not isinstance(o, bool):
            out.append(repr(o))
        elif type(o) is tuple:
            out.append(f"tuple{len(o)}")
        else:
            out.append(type(o).__name__)
    return out

class Point:
    def __init__(self):
        self.x = 1
        self.y = "why"

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = "A"
        self.b = 2

print("list:", names(gc.get_referents([1, "a", (2,)])))
print("tuple:", names(gc.get_referents((3, "b"))))
print("dict:", names(gc.get_referents({"k": "v", 5: 6})))
print("set:", sorted(names(gc.get_referents({7}))))
print("instance:", names(gc.get_referents(Point())))
print("slots:", names(gc.get_referents(Slotted())))
p = functools.partial(print, 1, sep="-")
print("partial (sorted):", sorted(names(gc.get_referents(p))))
def f(a, b=10):
    return a
print("function:", names(gc.get_referents(f)))
m = Point().__init__
print("bound method:", names(gc.get_referents(m)))
def outer():
    v = [1]
    def inner():
        return v
    return inner
print("closure cell:", names(gc.get_referents(outer().__closure__[0])))
print("property:", names(gc.get_referents(property(len, None, None, "doc"))))
print("staticmethod:", names(gc.get_referents(staticmethod(len))))
print("classmethod:", names(gc.get_referents(classmethod(len))))
print("enumerate:", names(gc.get_referents(enumerate(["x"]))))
print("zip:", names(gc.get_referents(zip([1], "a"))))
print("slice:", names(gc.get_referents(slice(1, "b", None))))
print("int:", gc.get_referents(5), "str:", gc.get_referents("s"))
