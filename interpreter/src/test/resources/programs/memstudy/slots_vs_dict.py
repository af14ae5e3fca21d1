# "Save memory with __slots__": the numbers people show.
import sys

class WithDict:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

class WithSlots:
    __slots__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

class SlotsAndDict:
    __slots__ = ('x', '__dict__')

class SlotsAndWeakref:
    __slots__ = ('x', '__weakref__')

a = WithDict(1, 2, 3)
b = WithSlots(1, 2, 3)
print("WithDict instance:", sys.getsizeof(a))
print("WithDict total (instance + __dict__):", sys.getsizeof(a) + sys.getsizeof(a.__dict__))
print("WithSlots instance:", sys.getsizeof(b))
print("SlotsAndDict:", sys.getsizeof(SlotsAndDict()))
print("SlotsAndWeakref:", sys.getsizeof(SlotsAndWeakref()))
print("hasattr(b, '__dict__'):", hasattr(b, '__dict__'))
try:
    b.w = 4
except AttributeError as e:
    print("AttributeError:", e)
print("WithSlots.x:", WithSlots.x)
print(type(WithSlots.x).__name__)
print("__basicsize__:", WithDict.__basicsize__, WithSlots.__basicsize__, SlotsAndDict.__basicsize__)
print("__dictoffset__:", WithDict.__dictoffset__, WithSlots.__dictoffset__, SlotsAndDict.__dictoffset__)
print("__weakrefoffset__:", WithDict.__weakrefoffset__, WithSlots.__weakrefoffset__, SlotsAndWeakref.__weakrefoffset__)

class Sub(WithSlots):
    pass

s = Sub(1, 2, 3)
print("subclass without __slots__ gets a dict:", hasattr(s, '__dict__'), sys.getsizeof(s))

class Sub2(WithSlots):
    __slots__ = ('w',)

print("subclass with more slots:", sys.getsizeof(Sub2(1, 2, 3)))
objs = [WithSlots(i, i, i) for i in range(1000)]
print("1000 slotted objects:", sum(map(sys.getsizeof, objs)))
objs = [WithDict(i, i, i) for i in range(1000)]
print("1000 dict objects:", sum(sys.getsizeof(o) + sys.getsizeof(o.__dict__) for o in objs))
