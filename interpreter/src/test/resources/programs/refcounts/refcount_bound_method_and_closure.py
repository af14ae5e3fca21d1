# Bound methods and closure cells count references to what they hold.
import sys
class C:
    def m(self):
        return self
c = C()
print(sys.getrefcount(c))
m1 = c.m
m2 = c.m
print(sys.getrefcount(c), m1 is m2, m1 == m2)
del m1, m2
print(sys.getrefcount(c))
def outer(v):
    def inner():
        return v
    return inner
f = outer(c)
print(sys.getrefcount(c), sys.getrefcount(f.__closure__[0]))
del f
print(sys.getrefcount(c))
