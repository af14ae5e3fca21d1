# The gc count a class hierarchy leaves: each class its type, namespace, bases and mro tuples, and
# the weakref in each base's tp_subclasses (the dict made on a base's first subclass).
import gc
print([])
def counts(make):
    gc.collect()
    before = {id(o) for o in gc.get_objects()}
    c0 = gc.get_count()[0]
    made = make()
    c1 = gc.get_count()[0]
    new = sorted(type(o).__name__ for o in gc.get_objects() if id(o) not in before and o is not before and o is not made)
    return c1 - c0, new, made
def tree():
    class Root:
        pass
    class Left(Root):
        pass
    class Right(Root):
        pass
    class Leaf(Left, Right):
        pass
    return Leaf
n, new, leaf = counts(tree)
print(n, new)
print([c.__name__ for c in leaf.__mro__])
n, new, made = counts(lambda: type('T', (leaf,), {}))
print(n, new)
print(made.__module__, made.__qualname__, made)
