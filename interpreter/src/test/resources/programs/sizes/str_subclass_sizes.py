# An instance of a str subclass is CPython's two-block PyUnicodeObject (unicode_subtype_new): an
# 80-byte object (str.__basicsize__) holding a pointer to a separate block of its characters, so
# sys.getsizeof counts 80 + (length + 1) * kind, the GC header and, with a __dict__, the
# pre-header; __slots__ are allowed (str is a fixed-size base) and the weakref list follows the
# object's 80 bytes. tracemalloc sees the two blocks.
import sys
import tracemalloc
import weakref


class S(str):
    pass


class Slots(str):
    __slots__ = ("a",)


class NoDict(str):
    __slots__ = ()


class WeakOnly(str):
    __slots__ = ("__weakref__",)


print("str", str.__basicsize__, str.__itemsize__)
for cls in (S, Slots, NoDict, WeakOnly):
    print(cls.__name__, cls.__basicsize__, cls.__itemsize__, cls.__dictoffset__, cls.__weakrefoffset__)
for text in ("", "abc", "é", "€", "😀", "x" * 100):
    print(len(text), sys.getsizeof(S(text)), sys.getsizeof(NoDict(text)), sys.getsizeof(WeakOnly(text)),
          sys.getsizeof(text))
s = S("abc")
s.note = 1
print(s, repr(s), s.__dict__, sys.getsizeof(s), s == "abc", hash(s) == hash("abc"), s + "d", s.upper(), len(s))
t = Slots("xy")
t.a = 5
print(t.a, sys.getsizeof(t), hasattr(t, "__dict__"))
w = weakref.ref(s)
print(w() is s)
print({S("k"): 1}["k"], "k" in {S("k")}, S("ab") < "b", str(S("q")) == "q", type(str(S("q"))).__name__)
x = "abc" * 10
keep = None
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
keep = WeakOnly(x)
after = tracemalloc.get_traced_memory()[0]
print("traced", after - before)
tracemalloc.stop()
