# sys.getrefcount of one object seen from each side of a scope boundary in CPython 3.11: a list
# comprehension's own frame (its iterator argument `.0` and the loop variable), a generator
# expression that holds the iterator of its first iterable from creation to exhaustion, a lambda's
# default value and closure cell, a nested function called while the outer one still holds the
# object, and a generator suspended with the object in a local. The counts are what a reader sees
# at each print; getrefcount's own argument is subtracted.
import sys


def rc(obj):
    return sys.getrefcount(obj) - 2


item = object()
items = [item, item]
print("start:", rc(item), rc(items))

seen = [rc(x) for x in items]
print("inside a comprehension:", seen)
print("comprehension done:", rc(item), rc(items))

gen = (rc(x) for x in items)
print("genexp created, holds the list iterator:", rc(items))
print("genexp values:", list(gen))
print("genexp exhausted:", rc(items))
del gen

f = lambda obj=item: rc(obj)
print("lambda default holds it:", rc(item), "inside:", f())
del f
print("lambda gone:", rc(item))


def make_reader(obj):
    return lambda: rc(obj)


reader = make_reader(item)
print("closure cell holds it:", rc(item), "read through the cell:", reader())
del reader
print("closure gone:", rc(item))


def outer(obj):
    def inner():
        return rc(obj)
    outer_count = rc(obj)
    return outer_count, inner()


print("outer/inner counts:", outer(item), "after:", rc(item))


def suspended(obj):
    local = obj
    yield rc(obj)
    yield rc(local)


g = suspended(item)
print("generator not started (argument in its frame):", rc(item))
print("first value:", next(g), "outside:", rc(item))
g.close()
print("closed generator released its frame:", rc(item))

nested = [[item] for _ in range(3)]
print("nested comprehension built 3 lists:", rc(item))
flat = [y for row in nested for y in row]
print("flattened:", rc(item), len(flat))
del nested, flat
print("both gone:", rc(item))

d = {k: item for k in "abc"}
s = {id(item) for _ in range(3)}
print("dict comprehension values:", rc(item), "set of ids:", len(s))
del d
print("end:", rc(item), rc(items))
