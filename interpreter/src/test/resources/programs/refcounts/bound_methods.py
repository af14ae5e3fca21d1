# obj.meth(x) is compiled as LOAD_METHOD/CALL: no bound method object, self is moved into the
# frame (3). f = obj.meth makes a bound method that holds obj (+1), and calling it adds the frame's self.
import sys

class C:
    def meth(self):
        return sys.getrefcount(self)

o = C()
print("fresh:", sys.getrefcount(o))
print("o.meth():", o.meth())
m = o.meth
print("after m = o.meth:", sys.getrefcount(o))
print("m():", m())
print("m.__self__ is o:", m.__self__ is o)
m2 = o.meth
print("a second bound method, m2 is m:", m2 is m, sys.getrefcount(o))
del m, m2
print("after del m, m2:", sys.getrefcount(o))
print("C.meth(o):", C.meth(o))
print("temporary bound method o.meth:", sys.getrefcount(o.meth))
