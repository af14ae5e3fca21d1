# Sizes of classes, instances with and without __dict__/__slots__/__weakref__, and module objects.
import sys
import types

class Empty:
    pass

class WithInit:
    def __init__(self):
        self.a = 1
        self.b = 2

class Slots2:
    __slots__ = ("a", "b")

class Slots0:
    __slots__ = ()

class SlotsWeak:
    __slots__ = ("a", "__weakref__")

class SlotsDict:
    __slots__ = ("a", "__dict__")

class Sub(Slots2):
    pass

for cls in (Empty, WithInit, Slots2, Slots0, SlotsWeak, SlotsDict, Sub):
    inst = cls()
    has_dict = hasattr(inst, "__dict__")
    print(f"{cls.__name__:10s} instance={sys.getsizeof(inst)} basicsize={cls.__basicsize__} "
          f"dict={has_dict} weakref={cls.__weakrefoffset__ != 0}")

w = WithInit()
print("instance __dict__:", sys.getsizeof(w.__dict__))
for i in range(10):
    setattr(w, f"extra{i}", i)
print("after 10 extra attrs:", sys.getsizeof(w.__dict__))
print("class objects:", sys.getsizeof(Empty), sys.getsizeof(Slots2), sys.getsizeof(type))
print("class __dict__ proxy:", type(Empty.__dict__).__name__, sys.getsizeof(Empty.__dict__))
m = types.ModuleType("scratch")
print("module:", sys.getsizeof(m), sys.getsizeof(sys))
m.x = 1
print("module after attr:", sys.getsizeof(m))
print("object():", sys.getsizeof(object()))
print("type.__basicsize__ of object/int/list:", object.__basicsize__, int.__basicsize__, list.__basicsize__)
print("itemsize:", int.__itemsize__, tuple.__itemsize__, bytes.__itemsize__, list.__itemsize__)
print("method:", sys.getsizeof(w.__init__), "staticmethod:", sys.getsizeof(staticmethod(len)))
print("property:", sys.getsizeof(property()), "super:", sys.getsizeof(super(WithInit, w)))
