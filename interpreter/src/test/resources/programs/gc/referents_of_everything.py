# gc.get_referents of the objects people inspect: functions, closures' cells, bound
# methods, partials, generators, classes, instances with and without slots, exceptions.
import gc
import functools

def names(objs):
    out = []
    for o in objs:
        if isinstance(o, (int, str, float)) or o is None:
            out.append(repr(o))
        else:
            out.append(type(o).__name__)
    return sorted(out)

def outer():
    x = [1]
    def inner():
        return x
    return inner

class Plain:
    def __init__(self):
        self.a = [1]
        self.b = "text"
    def m(self):
        return 1

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [2]

inner = outer()
print("cell:", names(gc.get_referents(inner.__closure__[0])))
p = Plain()
print("instance:", names(gc.get_referents(p)))
print("slotted:", names(gc.get_referents(Slotted())))
print("bound method:", names(gc.get_referents(p.m)))
part = functools.partial(max, 1, key=abs)
print("partial:", names(gc.get_referents(part)))
print("tuple:", names(gc.get_referents((1, "a", [], None))))
print("dict:", names(gc.get_referents({"k": [1], 2: "v"})))
print("list:", names(gc.get_referents([1, [2], (3,)])))
print("set:", names(gc.get_referents({1, "a", (2,)})))
def gen():
    y = {}
    yield y
g = gen()
next(g)
print("generator has frame:", "frame" in names(gc.get_referents(g)))
try:
    raise KeyError("k")
except KeyError as e:
    err = e
print("exception:", names(gc.get_referents(err)))
print("str/int have none:", gc.get_referents("abc", 5, 2.0))
print("range:", gc.get_referents(range(3)), "slice:", names(gc.get_referents(slice(1, [2], None))))
print("property:", names(gc.get_referents(property(len))))
print("staticmethod:", names(gc.get_referents(staticmethod(len))))
