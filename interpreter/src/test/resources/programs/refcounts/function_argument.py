# CPython 3.11 moves call arguments into the callee's frame: inside f(obj) the caller's value stack
# no longer holds the argument, so the count is global + parameter + getrefcount's argument = 3.
import sys

class Person:
    pass

def f(obj):
    return sys.getrefcount(obj)

def g(obj):
    inner = obj
    return sys.getrefcount(obj)

def nested(obj):
    return f(obj)

p = Person()
print("global only:", sys.getrefcount(p))
print("in f(p):", f(p))
print("in g(p) with a local alias:", g(p))
print("two frames deep:", nested(p))
print("after the calls:", sys.getrefcount(p))
