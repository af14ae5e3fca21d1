# Closures: one cell per variable shared by all inner functions; defaults evaluated once.
import sys

marker = object()
base = sys.getrefcount(marker)

def factory():
    value = marker
    def get():
        return value
    def also():
        return value
    return get, also

get, also = factory()
print("two closures, one cell:", sys.getrefcount(marker) - base)
print("same cell:", get.__closure__[0] is also.__closure__[0])
cell = get.__closure__[0]
print("cell_contents:", cell.cell_contents is marker, "cell refcount:", sys.getrefcount(cell))
del get
print("after one closure deleted, cell:", sys.getrefcount(cell))
del also
print("marker still held by cell:", sys.getrefcount(marker) - base)
cell.cell_contents = None
print("cell emptied:", sys.getrefcount(marker) - base)
del cell

def with_defaults(a=marker, b=marker, *, c=marker):
    return a
print("three defaults:", sys.getrefcount(marker) - base)
print("__defaults__ len:", len(with_defaults.__defaults__), "kwdefaults:", list(with_defaults.__kwdefaults__))
with_defaults.__defaults__ = None
print("defaults replaced:", sys.getrefcount(marker) - base)
with_defaults.__kwdefaults__ = None
print("kwdefaults replaced:", sys.getrefcount(marker) - base)

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

inc = counter()
for _ in range(5):
    inc()
print("counter:", inc(), inc.__code__.co_freevars, counter.__code__.co_cellvars)
lambdas = [lambda i=i: i for i in range(3)]
print("default-captured:", [f() for f in lambdas])
late = [lambda: i for i in range(3)]
print("late binding:", [f() for f in late])
print("late closures share cell:", late[0].__closure__[0] is late[1].__closure__[0])
