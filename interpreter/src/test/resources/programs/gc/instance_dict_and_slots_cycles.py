# Cycles through instance __dict__s, __slots__ members and dicts of instances: what collect() counts.
# collectors: generational marksweep
import gc

class WithDict:
    pass

class WithSlots:
    __slots__ = ("ref", "data")

class SlotsAndDict:
    __slots__ = ("ref", "__dict__")

gc.collect()
a = WithDict()
b = WithDict()
a.ref = b
b.ref = a
print(a.__dict__ is not None)
del a, b
print("two instances, dicts materialized:", gc.collect())

a = WithDict()
b = WithDict()
a.ref = b
b.ref = a
del a, b
print("two instances, dicts not materialized:", gc.collect())

s = WithSlots()
s.ref = s
s.data = [1, 2]
del s
print("slots self cycle with a list:", gc.collect())

m = SlotsAndDict()
m.ref = m
m.extra = {"k": m}
del m
print("slots and dict:", gc.collect())

registry = {}
for i in range(3):
    o = WithDict()
    o.registry = registry
    registry[i] = o
del registry, o
print("dict of instances pointing back:", gc.collect())
