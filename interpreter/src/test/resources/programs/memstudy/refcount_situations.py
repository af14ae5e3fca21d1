# sys.getrefcount in many everyday situations: names, containers, arguments, attributes, closures.
import sys

class Box:
    pass

x = Box()
print("fresh", sys.getrefcount(x))
y = x
print("aliased", sys.getrefcount(x))
lst = [x, x, x]
print("in list 3 times", sys.getrefcount(x))
tpl = (x,)
print("in tuple", sys.getrefcount(x))
d = {"k": x}
print("dict value", sys.getrefcount(x))
d2 = {x: 1}
print("dict key", sys.getrefcount(x))
s = {x}
print("in set", sys.getrefcount(x))

def inside(o):
    return sys.getrefcount(o)
print("as argument", inside(x))

def inside2(o):
    a = o
    return sys.getrefcount(o)
print("argument plus local", inside2(x))

b = Box()
b.attr = x
print("attribute", sys.getrefcount(x))

def make():
    captured = x
    def inner():
        return captured
    return inner
f = make()
print("closure cell", sys.getrefcount(x))
del lst, tpl, d, d2, s, b, f, y
print("after dels", sys.getrefcount(x))
it = iter([x])
print("list iterator", sys.getrefcount(x))
del it
print("class refs", sys.getrefcount(Box) - sys.getrefcount(Box))
m = x.__class__
print("method bound", sys.getrefcount(x))
bm = x.__init__
print("bound method", sys.getrefcount(x))
del bm
gen = (i for i in [x])
print("generator over list", sys.getrefcount(x))
next(gen)
print("generator advanced", sys.getrefcount(x))
del gen
print("end", sys.getrefcount(x))
