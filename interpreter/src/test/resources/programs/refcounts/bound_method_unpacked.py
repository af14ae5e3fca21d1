# CALL unpacks a bound method into function and self before the call (3.11's PRECALL), so the
# callee's self is the one reference the stack held: the bound method object is gone by then.
import sys

class Hooked:
    def __getattr__(self, name):
        raise AttributeError(name)

    def meth(self):
        return sys.getrefcount(self)

class Plain:
    def meth(self):
        return sys.getrefcount(self)

h = Hooked()
p = Plain()
print("type with __getattr__, o.meth():", h.meth())
print("plain type, o.meth():", p.meth())
m = p.meth
print("saved bound method m():", m())
print("bound method called in place:", (p.meth)())
print("getattr(p, 'meth')():", getattr(p, "meth")())
