# class attributes, instance attributes and type objects' references
import sys
shared = []
class A:
    attr = shared
print(sys.getrefcount(shared))
a = A()
a.own = shared
print(sys.getrefcount(shared))
print(sys.getrefcount(A))
insts = [A() for _ in range(5)]
print(sys.getrefcount(A))
del insts
print(sys.getrefcount(A))
A.attr = None
print(sys.getrefcount(shared))
