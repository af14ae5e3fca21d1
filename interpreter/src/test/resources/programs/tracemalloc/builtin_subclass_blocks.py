# The blocks tracemalloc traces for instances of classes deriving from int, bytes, tuple,
# list and float (PyType_GenericAlloc sizes a variable-size instance for one item more than
# it holds, word-aligned: a digit, a byte or a slot), and that each block is freed with the
# instance (a subclass's instance never joins the base type's free list, even with empty
# __slots__).
import sys
import tracemalloc
from collections import namedtuple


class I(int):
    pass


class IS(int):
    __slots__ = ()


class B(bytes):
    pass


class BS(bytes):
    __slots__ = ()


class T(tuple):
    pass


class TS(tuple):
    __slots__ = ()


class LS(list):
    __slots__ = ()


class FS(float):
    __slots__ = ()


P = namedtuple("P", "x y z")
cases = [(I, 7), (I, 2 ** 40), (IS, 0), (IS, 2 ** 45), (B, b"1234567"), (B, b"12345678"),
         (BS, b"123"), (BS, b"1234567"), (T, ()), (T, (1,)), (TS, (1, 2)), (TS, (1, 2, 3)),
         (LS, ()), (FS, 2.5)]


def measure(cls, arg):
    tracemalloc.clear_traces()
    o = cls(arg)
    made = tracemalloc.get_traced_memory()[0]
    size = sys.getsizeof(o)
    del o
    return size, made, tracemalloc.get_traced_memory()[0]


tracemalloc.start()
for cls, arg in cases:
    measure(cls, arg)
for cls, arg in cases:
    size, made, left = measure(cls, arg)
    print(f"{cls.__name__:3} {arg!r:14} getsizeof {size:3} traced {made:3} after del {left}")
for args in ((1, 2, 3), (4, 5, 6)):
    size, made, left = measure(lambda a: P(*a), args)
print("namedtuple of 3:", size, made, left)
tracemalloc.stop()
