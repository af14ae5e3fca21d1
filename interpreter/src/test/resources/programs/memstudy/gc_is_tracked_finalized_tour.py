# collectors: generational marksweep
# gc.is_tracked across types and contents, and gc.is_finalized before and after a collection.
import gc

# no automatic collection while the cases are made: one would untrack the constant tuple (1, 2)
# (tuples of atoms are untracked by a collection), and when one comes depends on how many
# containers start-up left counted, which differs between interpreters and collectors
gc.disable()
cases = [
    ("int", 1), ("str", "s"), ("empty list", []), ("list of ints", [1, 2]),
    ("empty dict", {}), ("dict of atoms", {"a": 1}), ("dict with list", {"a": []}),
    ("empty tuple", ()), ("tuple of ints", (1, 2)), ("tuple with list", ([],)),
    ("set", {1}), ("frozenset", frozenset()), ("bytes", b""), ("bytearray", bytearray()),
    ("function", lambda: 0), ("class", type("C", (), {})), ("object()", object()),
    ("None", None), ("float", 1.0), ("range", range(3)), ("slice", slice(1)),
]
for name, obj in cases:
    print(f"{name:16s} {gc.is_tracked(obj)}")

t = tuple([1, 2, 3])
print("fresh tuple tracked:", gc.is_tracked(t))
gc.collect()
print("after collect:", gc.is_tracked(t))
d = {}
d["k"] = 1
print("dict after atomic insert:", gc.is_tracked(d))
d["l"] = []
print("dict after list insert:", gc.is_tracked(d))

class Plain:
    pass

class Slotted:
    __slots__ = ("a",)

class Empty:
    __slots__ = ()

print("instance:", gc.is_tracked(Plain()), "slotted:", gc.is_tracked(Slotted()), "empty slots:", gc.is_tracked(Empty()))

class Lazarus:
    def __del__(self):
        global saved
        saved = self

obj = Lazarus()
print("finalized before:", gc.is_finalized(obj))
obj.cycle = obj
del obj
gc.collect()
print("finalized after resurrection:", gc.is_finalized(saved))
print("is_finalized(1):", gc.is_finalized(1), "is_finalized([]):", gc.is_finalized([]))
