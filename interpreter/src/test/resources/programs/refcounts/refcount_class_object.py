# sys.getrefcount of a class: its instances, its MRO tuple, its subclasses' bases and MRO tuples,
# bound methods and the namespace's functions (which do not refer to the class).
import sys
class A:
    def f(self):
        pass
base = sys.getrefcount(A)
a1, a2 = A(), A()
print(sys.getrefcount(A) - base)
class B(A):
    pass
print(sys.getrefcount(A) - base, sys.getrefcount(B))
m = a1.f
print(sys.getrefcount(A) - base, sys.getrefcount(a1))
d = A.__dict__
print(sys.getrefcount(A) - base)
del a1, a2, m, d
print(sys.getrefcount(A) - base)
mro = A.__mro__
print(sys.getrefcount(mro), sys.getrefcount(A.__bases__))
