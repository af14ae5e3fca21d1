# refcount: expect gc_collect_return_values.refcount.out
# What does gc.collect(generation) return? Counting unreachable objects per generation.
import gc

gc.collect()
gc.disable()

def make_cycles(n):
    for _ in range(n):
        a = []
        b = [a]
        a.append(b)

make_cycles(5)
print("collect(0) after 5 two-list cycles:", gc.collect(0))
make_cycles(3)
print("collect(1):", gc.collect(1))
make_cycles(2)
print("collect(2):", gc.collect(2))

class Obj:
    pass

def instance_cycle():
    o = Obj()
    o.self = o

instance_cycle()
print("instance with __dict__ in a cycle:", gc.collect())

class Slotted:
    __slots__ = ("ref",)

def slotted_cycle():
    s = Slotted()
    s.ref = s

slotted_cycle()
print("slotted instance cycle:", gc.collect())

def frame_cycle():
    try:
        raise ValueError
    except ValueError as e:
        err = e
    return None

frame_cycle()
print("no cycle left by except-as:", gc.collect())

def traceback_cycle():
    try:
        raise ValueError
    except ValueError as e:
        keep = e
    keep.ref = keep

traceback_cycle()
print("exception referencing itself:", gc.collect())
make_cycles(4)
gc.collect(0)
print("promoted cycles found by collect(1)?", gc.collect(1))
gc.enable()
