# type.__subclasses__(): the live subclasses in the order they were made; a subclass leaves its
# bases' lists when it dies (here in a cycle, so after gc.collect()), and when its __bases__ change.
# refcount: expect class_subclasses_list.refcount.out
import gc
class Base:
    pass
class A(Base):
    pass
class B(Base):
    pass
class C(Base):
    pass
print([c.__name__ for c in Base.__subclasses__()])
del B
gc.collect()
print([c.__name__ for c in Base.__subclasses__()])
class D(A, Base):
    pass
print([c.__name__ for c in Base.__subclasses__()], [c.__name__ for c in A.__subclasses__()])
class Other:
    pass
C.__bases__ = (Other,)
print([c.__name__ for c in Base.__subclasses__()], [c.__name__ for c in Other.__subclasses__()])
print(C.__mro__)
print(bool in int.__subclasses__(), object.__subclasses__() == object.__subclasses__())
print(type(object.__subclasses__()), Base.__subclasses__() is Base.__subclasses__())
