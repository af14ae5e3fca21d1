# tracemalloc.get_object_traceback in 3.11 steps back over the GC header only: an instance of a
# class whose __dict__ is managed (a plain class, a dict subclass) sits 16 bytes further into its
# block, so CPython 3.11 finds no trace for it and returns None; __slots__ instances, functions,
# classes and untracked objects are found. Objects from free lists or constants made before
# tracing started have none.
import gc
import tracemalloc

gc.collect()
tracemalloc.start()


class Plain:
    pass


class Slotted:
    __slots__ = ('a',)


class DictSub(dict):
    pass


class ListSub(list):
    pass


class WithSlotsAndDict:
    __slots__ = ('a', '__dict__')


def make():
    return lambda: 0


values = [Plain(), Slotted(), DictSub(), ListSub(), WithSlotsAndDict(), object(), make(), Plain, bytearray(100),
          [1], {}, 10 ** 30, 'x' * 50, (1, 2), 2.5 * len('ab')]
for v in values:
    tb = tracemalloc.get_object_traceback(v)
    print(type(v).__name__, tb is not None, tb[0].lineno if tb else None)
tracemalloc.stop()
