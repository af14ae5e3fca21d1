# What a class statement allocates, after the thread state's repr list exists: the count and the
# tracked objects it leaves (a subclass also registers in its base's tp_subclasses: a dict, a weakref).
import gc
print([])
gc.collect()
c0 = gc.get_count()[0]
class A:
    pass
c1 = gc.get_count()[0]
before = {id(o) for o in gc.get_objects()}
class B(A):
    def f(self):
        pass
c2 = gc.get_count()[0]
print(c1 - c0, c2 - c1)
print(sorted(type(o).__name__ for o in gc.get_objects() if id(o) not in before and o is not before))
