# From CPython's gc tests: atoms, built-in types and plain object() are not tracked; user classes,
# their instances (also of int or float subclasses with empty __slots__), lists, sets and modules are.
import gc

for value in [None, 1, 1.0, 1.0 + 5.0j, True, False, b"a", "a", bytearray(b"a"), type, int,
              object, object()]:
    print(type(value).__name__, repr(value) if type(value) is not object else '-', gc.is_tracked(value))

class UserClass:
    pass

class UserInt(int):
    pass

class UserClassSlots:
    __slots__ = ()

class UserFloatSlots(float):
    __slots__ = ()

class UserIntSlots(int):
    __slots__ = ()

print("module", gc.is_tracked(gc))
print("class", gc.is_tracked(UserClass))
print("instance", gc.is_tracked(UserClass()))
print("int subclass instance", gc.is_tracked(UserInt()))
print("list", gc.is_tracked([]))
print("set", gc.is_tracked(set()))
print("empty slots instance", gc.is_tracked(UserClassSlots()))
print("float subclass with slots", gc.is_tracked(UserFloatSlots()))
print("int subclass with slots", gc.is_tracked(UserIntSlots()))
