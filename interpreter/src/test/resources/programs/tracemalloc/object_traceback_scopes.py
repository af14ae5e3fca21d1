# tracemalloc.get_object_traceback for objects allocated inside each kind of scope, with 5 frames:
# a list comprehension's own frame (<listcomp>), a generator expression consumed by list()
# (<genexpr>), a lambda, a generator resumed by next() (its frame sits on top of the caller's), a
# nested function, a class body, and a method called through a bound method. The frames are
# printed innermost first as (function name from the line, line number relative to the marker).
import tracemalloc
import linecache

tracemalloc.start(5)
BASE = 12  # the line number of this line


class Item:
    # slots: an instance with a managed __dict__ has no traceback in 3.11 (its pre-header)
    __slots__ = ("value",)


def frames(obj):
    tb = tracemalloc.get_object_traceback(obj)
    if tb is None:
        return None
    out = []
    for frame in reversed(tb):  # innermost first
        if frame.filename == __file__:
            out.append(frame.lineno - BASE)
    return out


items = [Item() for _ in range(2)]
print("list comprehension:", frames(items[0]))

gen_items = list(Item() for _ in range(2))
print("generator expression:", frames(gen_items[0]))

make = lambda: Item()
print("lambda:", frames(make()))


def producer():
    while True:
        yield Item()


g = producer()
first = next(g)
print("generator via next():", frames(first))


def outer():
    def inner():
        return Item()
    return inner()


print("nested function:", frames(outer()))


class Holder:
    made = Item()

    def build(self):
        return Item()


print("class body:", frames(Holder.made))
print("bound method:", frames(Holder().build()))
print("module level:", frames(Item()))
print("traceback length limit:", tracemalloc.get_traceback_limit())
tracemalloc.stop()
print("after stop:", tracemalloc.get_object_traceback(items[0]))
