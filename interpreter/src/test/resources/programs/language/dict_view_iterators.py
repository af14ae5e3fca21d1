# Iterating a dict's keys, values or items makes dict_keyiterator / dict_valueiterator /
# dict_itemiterator, which walk the live dict (changing its size raises), and the items iterator
# hands out its result tuple again when the caller let go of the previous one.
import gc
import sys

d = {"a": 1, "b": 2, "c": 3, "d": 4}
print(type(iter(d)).__name__, type(iter(d.keys())).__name__, type(iter(d.values())).__name__,
      type(iter(d.items())).__name__)
print(sys.getsizeof(iter(d.items())), sys.getsizeof(iter(d.values())), gc.is_tracked(iter(d.values())))
it = iter(d.items())
first = next(it)
first_id = id(first)
del first
second = next(it)
print("tuple reused:", id(second) == first_id, second)
third = next(it)
print("second still held, a new tuple:", third is not second, third)
print(list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
values = iter(d.values())
print(values.__length_hint__(), next(values), values.__length_hint__())
try:
    for v in d.values():
        d["z"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k, v in d.items():
        del d["z"]
except RuntimeError as e:
    print("RuntimeError:", e)

class C:
    pass

o = C()
o.x = 1
o.y = 2
print(list(o.__dict__.items()), list(o.__dict__.values()))
print(len(gc.get_referents(iter(d.items()))), len(gc.get_referents(iter(d.values()))))
