# Attribute sites cached for a class must see every change of the class's bases (the type version
# tag of a class stops being valid with its bases'), must not confuse a dead class with a new one
# made at the same address, and keep working while unrelated classes are made and changed.
import gc


class Base:
    def m(self):
        return "Base.m"


class Mid(Base):
    pass


class Leaf(Mid):
    def __init__(self, x):
        self.x = x


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


def call_m(o):
    return o.m()


leaf = Leaf(1)
for i in range(100):
    set_x(leaf, i)
    assert get_x(leaf) == i
    assert call_m(leaf) == "Base.m"
print("warm:", get_x(leaf), call_m(leaf))

# the method replaced two bases up
Base.m = lambda self: "new Base.m"
print("base method replaced:", call_m(leaf))
Mid.m = lambda self: "Mid.m"
print("middle method added:", call_m(leaf))
del Mid.m
print("middle method deleted:", call_m(leaf))

# a second change of a base before any site looked again
Base.m = lambda self: "first"
Base.m = lambda self: "second"
print("two changes:", call_m(leaf))

# a data descriptor on a base takes over the instance value, at a load and at a store
Base.x = property(lambda self: "property of Base", lambda self, v: print("Base setter got", v))
print("base property:", get_x(leaf))
set_x(leaf, 7)
del Base.x
print("base property gone:", get_x(leaf))

# __setattr__ on a base
Mid.__setattr__ = lambda self, name, v: print("Mid.__setattr__", name, v)
set_x(leaf, 8)
del Mid.__setattr__
set_x(leaf, 9)
print("after __setattr__:", get_x(leaf))

# unrelated classes made and changed between the calls leave the answers alone
for i in range(50):
    Other = type("Other", (), {"y": i})
    Other.y = i + 1
    set_x(leaf, i)
    assert get_x(leaf) == i and call_m(leaf) == "second"
print("unrelated classes:", get_x(leaf), call_m(leaf), Other.y)


# classes that die and are made again, each with its attribute at another slot of its instances
def make(i):
    class K:
        def __init__(self):
            if i % 2:
                self.a = "a%d" % i
                self.b = "b"
            else:
                self.b = "b"
                self.a = "a%d" % i

        def m(self):
            return "K%d.m" % i

    return K()


def get_a(o):
    return o.a


def set_a(o, v):
    o.a = v


seen = []
for i in range(40):
    k = make(i)
    set_a(k, get_a(k) + "!")
    seen.append((get_a(k), k.b, call_m(k)))
    del k
    gc.collect()
print("dead classes:", seen[:3], seen[-2:], all(a == "a%d!" % i and m == "K%d.m" % i for i, (a, b, m) in enumerate(seen)))
