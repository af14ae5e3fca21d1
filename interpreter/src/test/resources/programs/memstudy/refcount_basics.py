# sys.getrefcount in the ways tutorials introduce it.
import sys

x = []
print("fresh list:", sys.getrefcount(x))
y = x
print("after y = x:", sys.getrefcount(x))
lst = [x, x, x]
print("in a list 3 times:", sys.getrefcount(x))
d = {"k": x}
print("as a dict value:", sys.getrefcount(x))
del lst
print("after del lst:", sys.getrefcount(x))
del d, y
print("after del d, y:", sys.getrefcount(x))

def func(arg):
    return sys.getrefcount(arg)

print("inside a function:", func(x))

def func2(arg):
    local = arg
    return sys.getrefcount(arg)

print("function with a local alias:", func2(x))

class Holder:
    def __init__(self, obj):
        self.obj = obj

h = Holder(x)
print("held by an instance:", sys.getrefcount(x))
t = (x,)
print("in a tuple:", sys.getrefcount(x))

def outer():
    captured = x
    def inner():
        return captured
    return inner

clo = outer()
print("captured by a closure:", sys.getrefcount(x))
del clo
print("closure deleted:", sys.getrefcount(x))
it = iter([x])
print("list inside an iterator:", sys.getrefcount(x))
print("refcount of a fresh object():", sys.getrefcount(object()))
s = "a unique string for this test"
print("string constant:", sys.getrefcount(s))
print("class:", sys.getrefcount(Holder))
h2 = Holder(1)
print("class after a second instance:", sys.getrefcount(Holder))
