# The type attribute cache (3.11's method cache, _PyType_Lookup) holds a reference to each name it
# caches: a name's count goes up by one for each type it is first looked up on (found or not:
# getattr, hasattr, a missing attribute, an instance attribute store, LOAD_METHOD on a built-in
# type's instance), not again for the same type, and back down after sys._clear_type_cache();
# a changed class (PyType_Modified) leaves the old entry holding its name until it is replaced;
# names of a str subclass and names longer than 100 characters are never cached.
import sys


def delta(name, action):
    before = sys.getrefcount(name)
    action()
    return sys.getrefcount(name) - before


class A:
    pass


class B(A):
    pass


def build(*parts):
    return "".join(parts)


n1 = sys.intern(build("not_", "there_1"))
print("missing on A", delta(n1, lambda: hasattr(A(), n1)))
print("again on A", delta(n1, lambda: hasattr(A(), n1)))
print("on B too", delta(n1, lambda: hasattr(B(), n1)))
sys._clear_type_cache()
print("after clearing, looked up again", delta(n1, lambda: hasattr(A(), n1)))

n2 = sys.intern(build("on_", "a_list"))
print("on a list", delta(n2, lambda: hasattr([], n2)))
print("on a dict and a str", delta(n2, lambda: (hasattr({}, n2), hasattr("", n2))))

n3 = build("not_", "interned")
print("not interned, exact str", delta(n3, lambda: hasattr(A(), n3)))


class S(str):
    pass


n4 = S("subclass_name")
print("str subclass", delta(n4, lambda: hasattr(A(), n4)))
n5 = sys.intern(build("x" * 100, "y"))
n6 = sys.intern(build("z" * 99, "w"))
print("101 characters", delta(n5, lambda: hasattr(A(), n5)), "100 characters", delta(n6, lambda: hasattr(A(), n6)))


class Point:
    def __init__(self, x):
        self.x_coordinate = x


key = "x_coordinate"
before = sys.getrefcount(key)
p = Point(1)
print("first instance: shared key + cache entry", sys.getrefcount(key) - before)
q = Point(2)
print("second instance", sys.getrefcount(key) - before)
sys._clear_type_cache()
print("after _clear_type_cache", sys.getrefcount(key) - before)

n7 = sys.intern(build("class_", "attribute"))
print("setattr on the class", delta(n7, lambda: setattr(A, n7, 1)))
print("read through B", delta(n7, lambda: B.class_attribute))
print("del on the class", delta(n7, lambda: delattr(A, n7)))
sys._clear_type_cache()
print("cleared", sys.getrefcount(n7) - 2 >= 0)
print(sys._clear_type_cache())
try:
    sys._clear_type_cache(1)
except TypeError as e:
    print(e)
