# Exceptions CPython reports on the program's behalf (a weakref callback's, the uncaught one at the
# end) are written to the current sys.stderr object, here sys.stdout.
import sys, weakref
sys.stderr = sys.stdout
class A: pass
class Callback:
    def __call__(self, r):
        raise ValueError("in callback")
    def __repr__(self):
        return "<the callback>"
a = A()
r = weakref.ref(a, Callback())
del a
print("after del")
raise RuntimeError("top")
