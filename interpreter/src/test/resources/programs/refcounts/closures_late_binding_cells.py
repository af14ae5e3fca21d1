# Closures made in a loop share one cell (late binding): the cell holds the
# last value, each function holds the cell, and the refcounts show one cell
# and one value; default arguments and a factory give each its own.
import sys

big = [[i] * 10 for i in range(3)]

def make_late():
    fns = []
    for item in big:
        fns.append(lambda: item[0])
    return fns

def make_default():
    return [lambda item=item: item[0] for item in big]

def make_factory():
    def factory(item):
        return lambda: item[0]
    return [factory(item) for item in big]

late = make_late()
print("late results:", [f() for f in late])
cells = {id(f.__closure__[0]) for f in late}
print("distinct cells:", len(cells), "cell refcount:", sys.getrefcount(late[0].__closure__[0]) - 1)
print("cell holds the last:", late[0].__closure__[0].cell_contents is big[-1])
print("refs to big[0], big[2]:", sys.getrefcount(big[0]), sys.getrefcount(big[2]))

default = make_default()
print("default results:", [f() for f in default], [f.__closure__ for f in default][:1])
print("refs after defaults:", sys.getrefcount(big[0]), sys.getrefcount(big[2]))
factory = make_factory()
print("factory results:", [f() for f in factory])
print("distinct cells:", len({id(f.__closure__[0]) for f in factory}))
print("refs after factory:", sys.getrefcount(big[0]), sys.getrefcount(big[2]))
del late, default, factory
print("all dropped:", sys.getrefcount(big[0]), sys.getrefcount(big[2]))

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = counter()
c1(); c1()
cell = c1.__closure__[0]
print("nonlocal cell:", cell.cell_contents, c1.__code__.co_freevars, counter.__code__.co_cellvars)
cell.cell_contents = 100
print("after setting the cell:", c1())
del cell.cell_contents
try:
    c1()
except NameError as e:
    print("NameError:", e)
