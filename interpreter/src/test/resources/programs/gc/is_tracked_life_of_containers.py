# gc.is_tracked over a container's life: tuples untracked by a collection when they hold
# only atoms, dicts untracked until they get a container, and user objects always tracked.
import gc

def status(label, obj):
    print(f"{label:32} {gc.is_tracked(obj)}")

status("int", 1)
status("str", "text")
status("empty tuple", ())
t = (1, 2, "x")
status("tuple of atoms, new", t)
gc.collect()
status("tuple of atoms, after collect", t)
t2 = (1, [2])
gc.collect()
status("tuple holding a list", t2)
d = {}
status("empty dict", d)
d["a"] = 1
status("dict of atoms", d)
d["b"] = []
status("dict with a list", d)
del d["b"]
status("dict after removing the list", d)
gc.collect()
status("dict after full collect", d)
d2 = {"n": (1, 2)}
status("dict with a tuple value", d2)
lst = []
status("empty list", lst)
s = set()
status("empty set", s)
fs = frozenset({1})
status("frozenset", fs)

class Plain:
    pass
p = Plain()
status("instance", p)
status("instance __dict__", p.__dict__)

class Slots:
    __slots__ = ("a",)
status("slots instance", Slots())

class NoSlots:
    __slots__ = ()
status("empty-slots instance", NoSlots())
status("function", status)
status("bytearray", bytearray(b"x"))
status("bytes", b"x")
status("range", range(3))
status("generator", (i for i in range(3)))
status("module", gc)
status("type", Plain)
