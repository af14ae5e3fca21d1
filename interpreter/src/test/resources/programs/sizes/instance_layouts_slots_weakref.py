# Instance sizes for every layout a class statement gives: a managed __dict__
# with __weakref__, __slots__ with and without '__dict__' and '__weakref__',
# slotted subclasses of slotted and unslotted bases, and built-in bases.
import sys

class Plain: pass
class Empty: __slots__ = ()
class One: __slots__ = ("a",)
class Three: __slots__ = ("a", "b", "c")
class WithDict: __slots__ = ("a", "__dict__")
class WithWeak: __slots__ = ("a", "__weakref__")
class Both: __slots__ = ("__dict__", "__weakref__")
class SubOfSlots(Three): __slots__ = ("d",)
class SubNoSlots(Three): pass
class SubOfPlain(Plain): __slots__ = ("x",)
class IntSub(int): pass
class IntSubSlots(int): __slots__ = ()
class TupleSub(tuple): __slots__ = ()
class StrSub(str): pass
class ListSub(list): __slots__ = ("tag",)
class DictSub(dict): pass
class FloatSub(float): __slots__ = ("unit",)

for cls in (Plain, Empty, One, Three, WithDict, WithWeak, Both, SubOfSlots, SubNoSlots, SubOfPlain):
    obj = cls()
    print(f"{cls.__name__:<11} basicsize={cls.__basicsize__:<3} getsizeof={sys.getsizeof(obj):<3} "
          f"dictoffset={cls.__dictoffset__:<3} weakrefoffset={cls.__weakrefoffset__:<3} "
          f"has __dict__={hasattr(obj, '__dict__')}")

for cls, arg in ((IntSub, 5), (IntSubSlots, 2**40), (TupleSub, (1, 2, 3)), (StrSub, "abc"),
                 (ListSub, [1, 2]), (DictSub, {"a": 1}), (FloatSub, 1.5)):
    obj = cls(arg)
    print(f"{cls.__name__:<11} basicsize={cls.__basicsize__:<3} itemsize={cls.__itemsize__:<2} "
          f"getsizeof={sys.getsizeof(obj):<4} dictoffset={cls.__dictoffset__:<4} weakrefoffset={cls.__weakrefoffset__}")

for bad in (("a",), ("__dict__",)):
    try:
        type("Bad", (int,), {"__slots__": bad})
    except TypeError as e:
        print("int with", bad, "->", e)
try:
    type("Bad", (tuple,), {"__slots__": ("x",)})
except TypeError as e:
    print("tuple with ('x',) ->", e)
try:
    class Twice: __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print(e)
try:
    class WeakAgain(WithWeak): __slots__ = ("__weakref__",)
except TypeError as e:
    print(e)
try:
    class Conflict: __slots__ = ("x",); x = 1
except ValueError as e:
    print(e)
print(sorted(One.__dict__.keys() - object.__dict__.keys()))
print(type(One.__dict__["a"]).__name__, One.a.__objclass__ is One)
