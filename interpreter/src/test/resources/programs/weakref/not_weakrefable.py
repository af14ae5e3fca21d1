# Instances of int, str, tuple, list, dict, None, float, bytes and plain object() cannot be weakly
# referenced; classes with __slots__ need a __weakref__ slot.
import weakref

for v in (1, "s", (1,), [1], {}, None, 1.5, b"b", object()):
    try:
        weakref.ref(v)
        print(type(v).__name__, "ok")
    except TypeError as e:
        print(type(v).__name__, "TypeError:", e)

class NoWeak:
    __slots__ = ("a",)

class WithWeak:
    __slots__ = ("a", "__weakref__")

class MyList(list):
    pass

for cls in (NoWeak, WithWeak, MyList):
    try:
        weakref.ref(cls())
        print(cls.__name__, "ok")
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
print("function ok:", weakref.ref(len) is not None, "set ok:", weakref.ref(set()) is not None)
