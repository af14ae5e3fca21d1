# Which of the library's C types accept weak references (a tp_weaklistoffset) and which refuse
# them with CPython's message: partial, the lru_cache wrapper, deque, OrderedDict, array, Struct,
# StringIO/BytesIO, tee, set and memoryview do; defaultdict (a dict subclass without a weaklist),
# count, chain, the operator getters, list, dict, bytearray, iterators and descriptors refuse. A
# weakref to each one that accepts dies with its object, its callback runs at once.
import array
import collections
import functools
import io
import itertools
import operator
import struct
import weakref

died = []

candidates = [
    ("partial", lambda: functools.partial(print)),
    ("lru_cache", lambda: functools.lru_cache(lambda x: x)),
    ("deque", lambda: collections.deque()),
    ("defaultdict", lambda: collections.defaultdict()),
    ("OrderedDict", lambda: collections.OrderedDict()),
    ("array", lambda: array.array("i")),
    ("Struct", lambda: struct.Struct("i")),
    ("StringIO", lambda: io.StringIO()),
    ("BytesIO", lambda: io.BytesIO()),
    ("count", lambda: itertools.count()),
    ("chain", lambda: itertools.chain()),
    ("tee", lambda: itertools.tee([])[0]),
    ("attrgetter", lambda: operator.attrgetter("x")),
    ("itemgetter", lambda: operator.itemgetter(0)),
    ("methodcaller", lambda: operator.methodcaller("x")),
    ("dict", lambda: {}),
    ("list", lambda: []),
    ("set", lambda: set()),
    ("frozenset", lambda: frozenset()),
    ("bytearray", lambda: bytearray()),
    ("memoryview", lambda: memoryview(b"")),
    ("iter(list)", lambda: iter([])),
    ("range", lambda: range(3)),
    ("property", lambda: property()),
    ("classmethod", lambda: classmethod(print)),
]

for name, make in candidates:
    obj = make()
    try:
        r = weakref.ref(obj, lambda ref, name=name: died.append(name))
    except TypeError as e:
        print(f"{name:12} refused: {e}")
        continue
    alive = r() is obj
    del obj
    print(f"{name:12} weakref ok, alive {alive}, dead after del {r() is None}")

print("callbacks:", died)
