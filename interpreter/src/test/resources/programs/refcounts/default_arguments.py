# Default values live in the function's __defaults__ tuple (one reference for the function's life);
# a call that uses the default binds it to a local as well.
import sys

class D:
    pass

d = D()
print("before def:", sys.getrefcount(d))

def f(x=d):
    return sys.getrefcount(x)

print("after def:", sys.getrefcount(d))
print("f() uses the default:", f())
print("f(d) passes it:", f(d))
print("f.__defaults__[0] is d:", f.__defaults__[0] is d)

def g(*, k=d):
    return sys.getrefcount(k)

print("keyword-only default, g():", g(), sys.getrefcount(d))
del f, g
print("functions deleted:", sys.getrefcount(d))
