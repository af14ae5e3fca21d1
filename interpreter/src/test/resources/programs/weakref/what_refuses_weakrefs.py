# Which objects accept weak references and the TypeError for those that do not.
import weakref

class Plain:
    pass

class NoWeak:
    __slots__ = ()

class WithWeakSlot:
    __slots__ = ("__weakref__",)

class ListSub(list):
    pass

class IntSub(int):
    pass

class TupleSub(tuple):
    pass

def fn():
    pass

candidates = [1, 2.0, "s", b"b", (1,), [1], {}, {1}, frozenset([1]), None, True, 1j,
              Plain(), NoWeak(), WithWeakSlot(), ListSub(), IntSub(3), TupleSub(), fn, len, Plain,
              int, range(2), type(None), object(), iter([]), (x for x in ()), Plain.__init__,
              Plain().__init__, property(), weakref.ref(fn)]
for c in candidates:
    try:
        r = weakref.ref(c)
        print(f"{type(c).__name__:20} ok")
    except TypeError as e:
        print(f"{type(c).__name__:20} {e}")
print(hasattr(Plain(), "__weakref__"), hasattr(NoWeak(), "__weakref__"))
w = WithWeakSlot()
print(w.__weakref__)
r = weakref.ref(w)
print(w.__weakref__ is r)
