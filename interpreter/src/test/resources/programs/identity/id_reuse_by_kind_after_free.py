# Which freed object's memory the next allocation gets, as equalities of id() (never printed):
# CPython 3.11 keeps free lists for floats, tuples (one per length up to 20), lists, dicts and
# their key tables, so a new object of the same kind takes the block the last one of its kind
# freed; other objects come from pymalloc's pool of the same size class (most recently freed
# block first); a block of another size class is never reused across; and an object alive keeps
# its id for its whole life.
import gc

gc.collect()
gc.disable()


def reuse(make_a, make_b):
    a = make_a()
    addr = id(a)
    del a
    b = make_b()
    return id(b) == addr


n = 1000
print("float after float:", reuse(lambda: n * 1.5, lambda: n * 2.5))
print("list after list:", reuse(lambda: [n], lambda: [n, n]))
print("dict after dict:", reuse(lambda: {"a": n}, lambda: {"b": n}))
print("tuple after tuple, same length:", reuse(lambda: (n, n + 1), lambda: (n + 2, n + 3)))
print("tuple after tuple, other length:", reuse(lambda: (n, n + 1), lambda: (n, n + 1, n + 2)))
print("int after int (same size class):", reuse(lambda: n * 1001, lambda: n * 1002))
print("str after str, same size class:", reuse(lambda: "x" * n, lambda: "y" * n))
print("set after set:", reuse(lambda: {n}, lambda: {n + 1}))


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Other:
    __slots__ = ("a", "b")


print("instance after instance of another class, same size:", reuse(lambda: Point(1, 2), lambda: Other()))

# LIFO: the most recently freed block comes back first
a, b = [n], [n]
ida, idb = id(a), id(b)
del a
del b
c = [n]
d = [n]
print("lists come back newest first:", id(c) == idb, id(d) == ida)

# an object alive keeps its id
keep = [n]
before = id(keep)
keep.extend(range(100))
print("a list's id survives its items array growing:", id(keep) == before)
gc.enable()
