# list() and dict() allocate a new object (PyType_GenericAlloc), never one from the free list that
# [] and {} use: after them the free list still has the object a del left there. A set has no free list.
import gc
for name, make, exact in [("list", lambda: list(), lambda: []), ("list(x)", lambda: list((1, 2)), lambda: []),
                          ("dict", lambda: dict(), lambda: {}), ("dict(a=1)", lambda: dict(a=1), lambda: {}),
                          ("set", lambda: set(), lambda: set())]:
    gc.collect()
    e = exact()
    del e
    c0 = gc.get_count()[0]
    x = make()
    c1 = gc.get_count()[0]
    y = exact()
    c2 = gc.get_count()[0]
    print(name, c1 - c0, c2 - c1)
