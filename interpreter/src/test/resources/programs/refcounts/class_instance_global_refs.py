# class attributes, instance attributes and globals each hold one reference
import sys
o = object()
print(sys.getrefcount(o))
class C:
    attr = o
print(sys.getrefcount(o))
c = C()
c.inst = o
print(sys.getrefcount(o))
print(sys.getrefcount(C))
c2 = C()
print(sys.getrefcount(C))
del c2
del C.attr
print(sys.getrefcount(o))
def fn():
    global gv
    gv = o
fn()
print(sys.getrefcount(o))
