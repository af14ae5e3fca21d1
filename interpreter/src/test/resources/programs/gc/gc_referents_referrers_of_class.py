# gc.get_referents(cls) is type_traverse's list (namespace, mro, bases, base: not the subclasses
# dict, not the names); gc.get_referrers(cls) finds the objects whose traverse visits the class.
import gc
class A:
    pass
class B(A):
    __slots__ = ('x',)
def show(objs):
    return [o.__name__ if isinstance(o, type) else type(o).__name__ for o in objs]
print(show(gc.get_referents(A)), show(gc.get_referents(B)))
print(gc.get_referents(int), gc.get_referents(A.__dict__['__dict__']) != [])
print(sorted(show(gc.get_referrers(A))))
b = B()
print(show(gc.get_referents(b)))
b.x = [1]
print(show(gc.get_referents(b)))
