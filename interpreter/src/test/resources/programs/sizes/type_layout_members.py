# A type's layout numbers: __basicsize__, __itemsize__, __dictoffset__ and __weakrefoffset__.
class Plain:
    pass

class Slotted:
    __slots__ = ("a", "b")

class WeakSlotted:
    __slots__ = ("a", "__weakref__")

class DictSlotted:
    __slots__ = ("__dict__",)

class Sub(Plain):
    pass

for t in (Plain, Slotted, WeakSlotted, DictSlotted, Sub, object, list, tuple, dict):
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)
