# a bound method holds its instance; calling obj.meth() directly does not create one
import sys
class C:
    def m(self):
        return sys.getrefcount(self)
c = C()
print(sys.getrefcount(c))
print(c.m())
bm = c.m
print(sys.getrefcount(c))
print(bm())
bm2 = c.m
print(sys.getrefcount(c), bm == bm2, bm is bm2)
del bm, bm2
print(sys.getrefcount(c))
print(sys.getrefcount(C))
