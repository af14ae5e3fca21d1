# sys.getsizeof of the callable objects programs create by the thousand (each a C struct in
# CPython 3.11, GC header included by getsizeof): functools.partial, the lru_cache wrapper,
# cmp_to_key's key objects, operator.itemgetter/attrgetter (by number of items: their tuple is
# separate) and methodcaller, bound methods and built-in methods, staticmethod/classmethod,
# property, a cell, struct.Struct (one 32-byte code per format item, '3i' one item, plus the
# terminator), and a function itself.
import functools
import operator
import struct
import sys


def show(label, obj):
    print(f"{label:36} {sys.getsizeof(obj)}")


def f(a, b=1):
    return a


class C:
    def m(self):
        return self


show("function", f)
show("partial(f)", functools.partial(f))
show("partial(f, 1, b=2)", functools.partial(f, 1, b=2))
show("lru_cache(maxsize=None)(f)", functools.lru_cache(maxsize=None)(f))
show("lru_cache(maxsize=8)(f)", functools.lru_cache(maxsize=8)(f))
show("cmp_to_key(...)", functools.cmp_to_key(lambda a, b: 0))
show("cmp_to_key(...)(1)", functools.cmp_to_key(lambda a, b: 0)(1))
show("itemgetter(1)", operator.itemgetter(1))
show("itemgetter(1, 2, 3)", operator.itemgetter(1, 2, 3))
show("attrgetter('a')", operator.attrgetter("a"))
show("attrgetter('a.b', 'c')", operator.attrgetter("a.b", "c"))
show("methodcaller('m')", operator.methodcaller("m"))
show("methodcaller('m', 1, k=2)", operator.methodcaller("m", 1, k=2))
show("bound method", C().m)
show("built-in method", [].append)
show("staticmethod(f)", staticmethod(f))
show("classmethod(f)", classmethod(f))
show("property(f)", property(f))
show("struct.Struct('i')", struct.Struct("i"))
show("struct.Struct('10s3i')", struct.Struct("10s3i"))
show("struct.Struct('iiii')", struct.Struct("iiii"))
show("struct.Struct('')", struct.Struct(""))
def outer():
    y = 1

    def inner():
        return y
    return inner


show("cell of a closure", outer().__closure__[0])
show("closure tuple of 1", outer().__closure__)
