# gc.get_referents of the objects a program holds: functions, bound methods, partials, cells, frames.
import gc
import functools

def names(objs):
    out = []
    for o in objs:
        if isinstance(o, dict):
            out.append("dict")
        elif isinstance(o, (str, int, tuple, type(None))):
            out.append(repr(o) if not isinstance(o, tuple) else f"tuple{len(o)}")
        else:
            out.append(type(o).__name__)
    return out

def outer(a, b=5):
    def inner():
        return a
    return inner

inner = outer([1])
print("closure cell", names(gc.get_referents(inner.__closure__[0])))
class C:
    def m(self):
        pass
c = C()
print("bound method", names(gc.get_referents(c.m)))
p = functools.partial(outer, [2], b=3)
print("partial", sorted(names(gc.get_referents(p))))
print("instance", names(gc.get_referents(c)))
c.x = [1]
print("instance with attr", names(gc.get_referents(c)))
print("property", names(gc.get_referents(property(lambda s: 1))))
print("staticmethod", names(gc.get_referents(staticmethod(outer))))
print("list", names(gc.get_referents([1, "a", None, (2,)])))
print("set", sorted(names(gc.get_referents({1, "a"}))))
print("dict", sorted(names(gc.get_referents({"k": [1]}))))
print("slice", names(gc.get_referents(slice(1, [2], None))))
it = iter([1, 2])
print("list iterator", names(gc.get_referents(it)))
print("enumerate", names(gc.get_referents(enumerate("ab"))))
print("zip", names(gc.get_referents(zip("a", "b"))))
print("map", names(gc.get_referents(map(len, ["a"]))))
print("super", names(gc.get_referents(super(C, c))))
print("module-level int", gc.get_referents(42))
